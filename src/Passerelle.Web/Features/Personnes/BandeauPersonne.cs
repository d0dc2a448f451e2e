using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// The summary band at the top of the person page, read at a glance: who (name, age, commune,
/// contact), where they are (the facts the features contribute) and the one deadline that comes
/// first of all those the features know.
/// </summary>
public sealed record BandeauPersonne(Personne Personne, int Age, IReadOnlyList<FaitResume> Faits, EcheanceResume? ProchaineEcheance, DateOnly Aujourdhui)
{
    public string? Commune => Personne.DossierCourant is { } d ? string.Join(" ", new[] { d.CodePostal, d.Commune }.Where(x => !string.IsNullOrWhiteSpace(x))) : null;

    public static async Task<BandeauPersonne> ComposerAsync(Personne personne, IEnumerable<IContributionResume> contributions, DateOnly aujourdhui, CancellationToken ct)
    {
        var faits = new List<FaitResume>();
        var echeances = new List<EcheanceResume>();
        foreach (var contribution in contributions)
        {
            var apport = await contribution.ContribuerAsync(personne, ct);
            faits.AddRange(apport.Faits);
            echeances.AddRange(apport.Echeances);
        }
        return new BandeauPersonne(personne, AgeLe(personne.DateNaissance, aujourdhui), [.. faits.OrderBy(f => f.Ordre)],
            echeances.OrderBy(e => e.Date).FirstOrDefault(), aujourdhui);
    }

    private static int AgeLe(DateOnly naissance, DateOnly aujourdhui)
    {
        var age = aujourdhui.Year - naissance.Year;
        return naissance.AddYears(age) > aujourdhui ? age - 1 : age;
    }
}
