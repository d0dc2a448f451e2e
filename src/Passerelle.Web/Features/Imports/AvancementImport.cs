using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>The counters of a run in memory, written with each checkpoint as absolute values.</summary>
internal sealed class AvancementImport(ImportFichier import, string instance)
{
    private IReadOnlyDictionary<string, int>? territoires;
    private int crees = import.Crees, misAJour = import.MisAJour, inchanges = import.Inchanges, ignores = import.Ignores, rejetes = import.Rejetes;
    private int entrants = import.NouveauxEntrants, sorties = import.Sorties, retours = import.Retours, elements = import.ElementsTraites;
    private long octets = import.OctetsLus;

    public int ImportId => import.Id;
    public DateOnly? DateFlux { get; private set; } = import.DateReference;

    /// <summary>The flux date comes from its identification block; one in the future makes the file unusable.</summary>
    public ErreurFichierCnaf? Identifier(IdentificationFluxCnaf identification, DateOnly aujourdhui)
    {
        if (identification.DateReference > aujourdhui)
            return new ErreurFichierCnaf(1, $"La date de référence du flux (DTREF {ControleFoyer.Date(identification.DateReference)}) est dans le futur ; fichier refusé.");
        DateFlux = identification.DateReference;
        return null;
    }

    public async Task<ParametresApplication> ParametresAsync(AppDbContext db, CancellationToken ct)
    {
        territoires ??= await db.TerritoireCommunes.AsNoTracking().ToDictionaryAsync(t => t.CodeInsee, t => t.TerritoireId, ct);
        return new ParametresApplication(import.Id, DateFlux ?? DateOnly.MinValue, import.RepriseDeStock, territoires);
    }

    public void Compter(IEnumerable<IssueFoyer> issues, int rejetsLecture, int index, long position)
    {
        foreach (var issue in issues)
        {
            switch (issue.Resultat)
            {
                case ResultatFoyer.Cree: crees++; break;
                case ResultatFoyer.MisAJour: misAJour++; break;
                case ResultatFoyer.Inchange: inchanges++; break;
                case ResultatFoyer.Ignore: ignores++; break;
                default: rejetes++; break;
            }
            entrants += issue.Evenements.Count(e => e == EvenementDroit.NouvelEntrant);
            sorties += issue.Evenements.Count(e => e == EvenementDroit.Sortie);
            retours += issue.Evenements.Count(e => e == EvenementDroit.Retour);
        }
        rejetes += rejetsLecture;
        (elements, octets) = (index, position);
    }

    /// <returns>False when the run is no longer ours (lease lost): the caller must roll back.</returns>
    public async Task<bool> EnregistrerAsync(AppDbContext db, DateTime bail, CancellationToken ct) =>
        await db.Imports.Where(i => i.Id == import.Id && i.Instance == instance).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Crees, crees).SetProperty(i => i.MisAJour, misAJour).SetProperty(i => i.Inchanges, inchanges)
            .SetProperty(i => i.Ignores, ignores).SetProperty(i => i.Rejetes, rejetes).SetProperty(i => i.NouveauxEntrants, entrants)
            .SetProperty(i => i.Sorties, sorties).SetProperty(i => i.Retours, retours).SetProperty(i => i.ElementsTraites, elements)
            .SetProperty(i => i.OctetsLus, octets).SetProperty(i => i.DateReference, DateFlux).SetProperty(i => i.BailJusquA, bail), ct) == 1;
}
