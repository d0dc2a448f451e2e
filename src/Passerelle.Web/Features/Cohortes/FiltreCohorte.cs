using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>Age bands of the insertion statistics.</summary>
public enum TrancheAge
{
    MoinsDe25,
    De25A29,
    De30A39,
    De40A49,
    De50A59,
    Plus60,
}

/// <summary>The household of the person's current dossier, as agents sort their cohorts.</summary>
public enum CompositionFoyer
{
    /// <summary>No partner by the family situation, no child in the foyer.</summary>
    Seul,
    /// <summary>A couple by the family situation, no child in the foyer.</summary>
    Couple,
    /// <summary>At least one child (ENF) present in the foyer, alone or in a couple.</summary>
    AvecEnfants,
}

/// <summary>A queue's filters as typed, bound from the query string (Filtre.TerritoireId…).</summary>
public sealed class FiltreCohorte
{
    /// <summary>SITFAM codes of a couple (married, PACS, vie maritale and their resumptions).</summary>
    public static readonly string[] SituationsCouple = ["MAR", "PAC", "VIM", "RPA", "RVC", "RVM"];

    public int? TerritoireId { get; set; }
    /// <summary>INSEE code or name of a commune of the département.</summary>
    public string? Commune { get; set; }
    public int? StructureId { get; set; }
    public DateOnly? EntreeDu { get; set; }
    public DateOnly? EntreeAu { get; set; }
    public TrancheAge? Age { get; set; }
    public CompositionFoyer? Foyer { get; set; }

    /// <summary>No criterion: the queue as a whole, whose count the overview already keeps.</summary>
    public bool EstVide => TerritoireId is null && string.IsNullOrWhiteSpace(Commune) && StructureId is null
        && EntreeDu is null && EntreeAu is null && Age is null && Foyer is null;

    public static string Libelle(TrancheAge tranche) => tranche switch
    {
        TrancheAge.MoinsDe25 => "Moins de 25 ans",
        TrancheAge.De25A29 => "25 à 29 ans",
        TrancheAge.De30A39 => "30 à 39 ans",
        TrancheAge.De40A49 => "40 à 49 ans",
        TrancheAge.De50A59 => "50 à 59 ans",
        _ => "60 ans et plus",
    };

    public static string Libelle(CompositionFoyer foyer) => foyer switch
    {
        CompositionFoyer.Seul => "Personne seule sans enfant",
        CompositionFoyer.Couple => "Couple sans enfant",
        _ => "Foyer avec enfants",
    };

    /// <summary>The filters to apply (the commune as its INSEE code), or the French reason of each refused field.</summary>
    public async Task<(Func<IQueryable<Parcours>, DateOnly, IQueryable<Parcours>>? Appliquer, IReadOnlyDictionary<string, string> Erreurs)> ResoudreAsync(
        CommunesDuDepartement communes, IReadOnlyCollection<int> territoiresPermis, IReadOnlyCollection<int> structures, CancellationToken ct)
    {
        var erreurs = new Dictionary<string, string>();
        string? codeInsee = null;
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var resolue = await communes.ResoudreAsync(Commune, ct);
            if (resolue.Commune is null) erreurs[nameof(Commune)] = resolue.Erreur!;
            else codeInsee = resolue.Commune.CodeInsee;
        }
        if (TerritoireId is int t && !territoiresPermis.Contains(t))
            erreurs[nameof(TerritoireId)] = "Ce territoire n'existe pas ou n'est pas dans votre périmètre.";
        if (StructureId is int s && !structures.Contains(s))
            erreurs[nameof(StructureId)] = "Cette structure n'existe pas dans le département.";
        if (EntreeDu is DateOnly du && EntreeAu is DateOnly au && du > au)
            erreurs[nameof(EntreeAu)] = "La fin de la période d'entrée doit être postérieure ou égale à son début.";
        if (erreurs.Count > 0) return (null, erreurs);
        return ((parcours, aujourdhui) => Filtrer(parcours, codeInsee, aujourdhui), erreurs);
    }

    private IQueryable<Parcours> Filtrer(IQueryable<Parcours> parcours, string? codeInsee, DateOnly aujourdhui)
    {
        if (TerritoireId is int territoire) parcours = parcours.Where(p => p.TerritoireId == territoire);
        if (codeInsee is not null) parcours = parcours.Where(p => p.CodeInsee == codeInsee);
        if (StructureId is int structure) parcours = parcours.Where(p => p.StructureId == structure);
        if (EntreeDu is DateOnly du) parcours = parcours.Where(p => p.DateEntree >= du);
        if (EntreeAu is DateOnly au) parcours = parcours.Where(p => p.DateEntree <= au);
        if (Age is TrancheAge tranche)
        {
            var (min, max) = Bornes(tranche);
            // Age ≥ min ⇔ born on or before today minus min years; age < max ⇔ born after today minus max years.
            var neAuPlusTard = aujourdhui.AddYears(-min);
            var neApres = aujourdhui.AddYears(-max);
            parcours = parcours.Where(p => p.Personne!.DateNaissance <= neAuPlusTard && p.Personne.DateNaissance > neApres);
        }
        if (Foyer is CompositionFoyer foyer)
        {
            var couples = SituationsCouple;
            parcours = foyer switch
            {
                CompositionFoyer.AvecEnfants => parcours.Where(p => p.Personne!.DossierCourant!.Membres.Any(m => m.Role == "ENF" && m.Present)),
                CompositionFoyer.Couple => parcours.Where(p => couples.Contains(p.Personne!.DossierCourant!.SituationFamille)
                    && !p.Personne.DossierCourant.Membres.Any(m => m.Role == "ENF" && m.Present)),
                _ => parcours.Where(p => !couples.Contains(p.Personne!.DossierCourant!.SituationFamille)
                    && !p.Personne.DossierCourant.Membres.Any(m => m.Role == "ENF" && m.Present)),
            };
        }
        return parcours;
    }

    private static (int Min, int Max) Bornes(TrancheAge tranche) => tranche switch
    {
        TrancheAge.MoinsDe25 => (0, 25),
        TrancheAge.De25A29 => (25, 30),
        TrancheAge.De30A39 => (30, 40),
        TrancheAge.De40A49 => (40, 50),
        TrancheAge.De50A59 => (50, 60),
        _ => (60, 200),
    };
}
