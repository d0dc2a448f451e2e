using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Personnes;

/// <summary>One fact of the summary band at the top of the person page (« Étape : orientée »), lower <see cref="Ordre"/> first.</summary>
public sealed record FaitResume(int Ordre, string Libelle, string Valeur, string? Url = null, string? Id = null);

/// <summary>A dated deadline a feature knows of; the band shows only the nearest of all.</summary>
public sealed record EcheanceResume(DateOnly Date, string Libelle, string? Url = null);

public sealed record ContributionResume(IReadOnlyList<FaitResume> Faits, IReadOnlyList<EcheanceResume> Echeances)
{
    public static readonly ContributionResume Vide = new([], []);
}

/// <summary>
/// What a feature adds to the summary band of the person page (decision 0012, issue 13): the step
/// and référent, the next appointment, the contract's end… The page core knows only the person's
/// identity and contact; the rest comes from these contributions, each loaded for this viewer
/// (nothing out of their scope, one query at most).
/// </summary>
public interface IContributionResume
{
    Task<ContributionResume> ContribuerAsync(Personne personne, CancellationToken ct);
}

/// <summary>An entry of the page's « Dans cette page » menu: the section's title and the id of its element.</summary>
public sealed record EntreeSommaire(string Titre, string Ancre);
