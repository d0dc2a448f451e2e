using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>The counters of a run in memory, written with each checkpoint as absolute values.</summary>
internal sealed class AvancementImport(ImportFichier import, string instance)
{
    private IReadOnlyDictionary<string, int>? territoires;
    private IReadOnlySet<int>? repris;
    private int crees = import.Crees, misAJour = import.MisAJour, inchanges = import.Inchanges, ignores = import.Ignores, rejetes = import.Rejetes;
    private int horsDepartement = import.HorsDepartement, dejaAppliques = import.DejaAppliques, avertis = import.DossiersAvertis, avertissements = import.Avertissements;
    private int entrants = import.NouveauxEntrants, sorties = import.Sorties, retours = import.Retours, elements = import.ElementsTraites;
    private long octets = import.OctetsLus;

    public int ImportId => import.Id;

    /// <summary>Dossiers created or updated by this run (and the run it resumes).</summary>
    public int DossiersEcrits => crees + misAJour;

    public DateOnly? DateFlux { get; private set; } = import.DateReference;

    /// <summary>
    /// The flux date comes from its identification block; one in the future makes the file unusable, and so
    /// does a corrected file of another date than the interrupted flux it resumes.
    /// </summary>
    public ErreurFichierCnaf? Identifier(IdentificationFluxCnaf identification, DateOnly aujourdhui)
    {
        var date = identification.DateReference;
        if (DateFuture(identification, aujourdhui) is { } future) return future;
        if (import.RepriseDeId is { } repris && import.DateReference is { } attendue && date != attendue)
            return new ErreurFichierCnaf(1, $"Ce fichier est le flux du {ConversionCnaf.DateFr(date)}, alors que l'import interrompu n° {repris} lisait celui du {ConversionCnaf.DateFr(attendue)} : ce n'est pas sa version corrigée ; fichier refusé.");
        DateFlux = date;
        return null;
    }

    /// <summary>A flux dated after today (in the département's legal time) cannot be a real one.</summary>
    public static ErreurFichierCnaf? DateFuture(IdentificationFluxCnaf identification, DateOnly aujourdhui) =>
        identification.DateReference > aujourdhui
            ? new ErreurFichierCnaf(1, $"La date de référence du flux (DTREF {ConversionCnaf.DateFr(identification.DateReference)}) est dans le futur ; fichier refusé.")
            : null;

    public async Task<ParametresApplication> ParametresAsync(AppDbContext db, CancellationToken ct)
    {
        territoires ??= await db.TerritoireCommunes.AsNoTracking().ToDictionaryAsync(t => t.CodeInsee, t => t.TerritoireId, ct);
        repris ??= await ImportsReprisAsync(db, ct);
        return new ParametresApplication(import.Id, DateFlux ?? DateOnly.MinValue, import.RepriseDeStock, territoires, repris);
    }

    /// <summary>The interrupted imports this run resumes, through resumes of resumes.</summary>
    private async Task<IReadOnlySet<int>> ImportsReprisAsync(AppDbContext db, CancellationToken ct)
    {
        var ids = new HashSet<int>();
        for (var id = import.RepriseDeId; id is { } courant && ids.Add(courant);)
            id = await db.Imports.Where(i => i.Id == courant).Select(i => i.RepriseDeId).SingleOrDefaultAsync(ct);
        return ids;
    }

    public void Compter(IEnumerable<IssueFoyer> issues, int rejetsLecture, int hors, int index, long position)
    {
        foreach (var issue in issues)
        {
            switch (issue.Resultat)
            {
                case ResultatFoyer.Cree: crees++; break;
                case ResultatFoyer.MisAJour: misAJour++; break;
                case ResultatFoyer.Inchange: inchanges++; dejaAppliques += issue.DejaApplique ? 1 : 0; break;
                case ResultatFoyer.Ignore: ignores++; break;
                default: rejetes++; break;
            }
            if (issue.Resultat is ResultatFoyer.Cree or ResultatFoyer.MisAJour && issue.Lu.Avertissements.Count > 0)
                (avertis, avertissements) = (avertis + 1, avertissements + issue.Lu.Avertissements.Count);
            entrants += issue.Evenements.Count(e => e == EvenementDroit.NouvelEntrant);
            sorties += issue.Evenements.Count(e => e == EvenementDroit.Sortie);
            retours += issue.Evenements.Count(e => e == EvenementDroit.Retour);
        }
        (rejetes, horsDepartement) = (rejetes + rejetsLecture, horsDepartement + hors);
        (elements, octets) = (index, position);
    }

    /// <returns>False when the run is no longer ours (lease lost): the caller must roll back.</returns>
    public async Task<bool> EnregistrerAsync(AppDbContext db, DateTime bail, CancellationToken ct) =>
        await db.Imports.Where(i => i.Id == import.Id && i.Instance == instance).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Crees, crees).SetProperty(i => i.MisAJour, misAJour).SetProperty(i => i.Inchanges, inchanges)
            .SetProperty(i => i.Ignores, ignores).SetProperty(i => i.Rejetes, rejetes).SetProperty(i => i.NouveauxEntrants, entrants)
            .SetProperty(i => i.HorsDepartement, horsDepartement).SetProperty(i => i.DejaAppliques, dejaAppliques)
            .SetProperty(i => i.DossiersAvertis, avertis).SetProperty(i => i.Avertissements, avertissements)
            .SetProperty(i => i.Sorties, sorties).SetProperty(i => i.Retours, retours).SetProperty(i => i.ElementsTraites, elements)
            .SetProperty(i => i.OctetsLus, octets).SetProperty(i => i.DateReference, DateFlux).SetProperty(i => i.BailJusquA, bail), ct) == 1;
}
