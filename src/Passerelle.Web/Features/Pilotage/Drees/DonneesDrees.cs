using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Diagnostic;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>An adult of a foyer (applicant or spouse) whose latest right row on 31/12 is open, not suspended, SDD.</summary>
public sealed record PersonneSdd(int PersonneId, int DossierId, DateOnly DateNaissance, string? Sexe);

/// <summary>A foyer as its present members describe it: the applicant, a spouse, children.</summary>
public sealed record FoyerDrees(int DossierId, int? DemandeurId, bool Couple, bool Enfants, DateOnly DateDemande);

/// <summary>A validated orientation decision, dated in legal time, with the closing date of its parcours.</summary>
public sealed record OrientationDrees(int Id, int PersonneId, int ParcoursId, DateOnly Date, CategorieDrees? Categorie, int? StructureId, DateOnly? ClotureParcours);

/// <summary>A validated contract in force on 31/12 (start ≤ 31/12 ≤ end).</summary>
public sealed record ContratDrees(int PersonneId, int ParcoursId, TypeContrat Type, RangContrat Rang, DateOnly Debut, DateOnly Fin, DateOnly? SigneLe, IReadOnlySet<TypeActionDrees> Actions);

/// <summary>
/// What the DREES tables of year N read: the SDD population on 31/12/N, every person's latest RSA entry on or before
/// 31/12/N, the foyers of that population, its education levels (latest diagnosis on or before 31/12/N), validated
/// orientations up to 31/12/N and contracts in force on 31/12/N.
/// </summary>
public sealed record DonneesDrees(
    IReadOnlyList<PersonneSdd> Sdd,
    IReadOnlyDictionary<int, DateOnly> Entrees,
    IReadOnlyDictionary<int, FoyerDrees> Foyers,
    IReadOnlyDictionary<int, NiveauFormation?> Niveaux,
    IReadOnlyList<OrientationDrees> Orientations,
    IReadOnlyList<ContratDrees> Contrats);
