namespace Passerelle.Web.Features.Parrainage;

/// <summary>A mentor's profile as typed in the form or sent by the API; the account is chosen among the département's accounts habilitated « Parrain ».</summary>
public sealed record SaisieParrain(string? UtilisateurId, string? Metier, string? Secteur, int? EmployeurId, string? Disponibilites, DateOnly? DateEngagement, bool Actif = true);

/// <summary>A proposed pairing: the mentor, the dates, the goals, and what is shared with the mentor (ticked fields and typed texts).</summary>
public sealed record SaisieParrainage(int? ParrainId, DateOnly? DateDebut, DateOnly? DateFinPrevue, string? Objectifs,
    bool PartagerCommune, bool PartagerTelephone, bool PartagerCourriel, string? MetierVise, string? Message);

public sealed record SaisieRencontre(DateOnly? Date, int? DureeMinutes, string? Sujet, string? Note);
