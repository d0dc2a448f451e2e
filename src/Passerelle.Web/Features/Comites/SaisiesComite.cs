namespace Passerelle.Web.Features.Comites;

/// <summary>An instance as typed in the form or sent by the API.</summary>
public sealed record SaisieComite(string? Nom, TypeComite? Type, int? TerritoireId, int? ProgrammeId, List<int>? FicheActionIds, FrequenceComite? Frequence, bool Actif = true);

public sealed record SaisieMembre(string? Nom, TypeInstitution? Type);

public sealed record SaisieReunion(DateOnly? Date, string? Lieu, string? OrdreDuJour);

/// <summary>The attendance of one member institution; <see cref="Representants"/> defaults to one when present, zero otherwise.</summary>
public sealed record SaisiePresence(int MembreComiteId, StatutPresence? Statut, int? Representants);

public sealed record SaisieDecision(string? Texte, string? Porteur, DateOnly? Echeance);
