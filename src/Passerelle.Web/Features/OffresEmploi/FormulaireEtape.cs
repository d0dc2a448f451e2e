namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>The form of a mise en relation's next step, with the errors of its last refused submission.</summary>
public sealed record FormulaireEtape(LigneMiseEnRelation Mise, string? Erreur, IReadOnlyDictionary<string, string> Erreurs, DateOnly Aujourdhui);
