using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>One sanction as the CAF (or MSA) receives it; the layout is docs/format-export-sanctions-caf.md.</summary>
public sealed record LigneSanctionCaf(int DossierEpId, string? NumDemRsa, string? Matricule, string? Organisme, string? NirChiffre, string Nom, string Prenoms,
    DateOnly DateNaissance, TypeDecisionEp Type, decimal? Montant, int? Pourcentage, DateOnly? DateEffet, int? DureeMois, DateOnly DecideLe,
    DateOnly DateNotification, DateOnly? RepriseObligationsLe, int? MoisRestitues);

/// <summary>
/// The sanctions to transmit to the CAF: decisions that reduce or suspend the RSA, notified within the period, not
/// cancelled on appeal — whole département only (the CAF receives one list), NIR in clear. Every download is journaled
/// and stamps <see cref="DossierEp.ExporteeCafLe"/> on the first export of each line. Written through Platform/Export (the
/// one CSV writer, with its formula neutralisation) rather than CsvHelper, which the code base uses for reading imports.
/// </summary>
public sealed class ExportSanctionsCaf(AppDbContext db, ProtectionNir nir, AuditJournal audit, HeureLegale heure)
{
    /// <summary>Agents habilitated on the whole département (and the département's API keys): never a territory's.</summary>
    public const string Politique = "ep-sanctions-caf";

    /// <summary>The suspension reason the CAF records for a sanction of the département (primer §2, motif CG).</summary>
    public const string MotifSuspension = "CG";

    public static string Code(TypeDecisionEp type) => type switch
    {
        TypeDecisionEp.Reduction => "RED",
        TypeDecisionEp.SuspensionPartielle => "SPA",
        TypeDecisionEp.SuspensionTotale => "STO",
        TypeDecisionEp.SuspensionRemobilisation => "SRE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Pas une sanction."),
    };

    private static string Date(DateOnly? jour) => jour?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Nombre(IFormattable? valeur, string format = "0") => valeur?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    public IReadOnlyList<ColonneExport<LigneSanctionCaf>> Colonnes =>
    [
        new("NUMDEMRSA", l => l.NumDemRsa),
        new("MATRICULE", l => l.Matricule),
        new("ORGANISME", l => l.Organisme),
        new("NIR", l => nir.Lire(l.NirChiffre)),
        new("NOM", l => l.Nom),
        new("PRENOMS", l => l.Prenoms),
        new("DTNAI", l => Date(l.DateNaissance)),
        new("TYPESANCTION", l => Code(l.Type)),
        new("MONTANT", l => Nombre(l.Montant, "0.00")),
        new("POURCENTAGE", l => Nombre(l.Pourcentage)),
        new("DATEEFFET", l => Date(l.DateEffet)),
        new("DUREEMOIS", l => Nombre(l.DureeMois)),
        new("DATEDECISION", l => Date(l.DecideLe)),
        new("DATENOTIFICATION", l => Date(l.DateNotification)),
        new("MOTIFSUSPENSION", _ => MotifSuspension),
        new("DATEREPRISE", l => Date(l.RepriseObligationsLe)),
        new("MOISRESTITUES", l => Nombre(l.MoisRestitues)),
        new("IDPASSERELLE", l => l.DossierEpId.ToString(CultureInfo.InvariantCulture)),
    ];

    public static string NomFichier(DateOnly du, DateOnly au) => $"sanctions-caf-{Date(du)}-{Date(au)}.csv";

    /// <summary>Writes the period's sanctions as CSV, journals the download and stamps the lines exported for the first time.</summary>
    public async Task EcrireAsync(DateOnly du, DateOnly au, Stream sortie, CancellationToken ct)
    {
        var ids = await Sanctions(du, au).Select(d => d.Id).ToListAsync(ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, nameof(DossierEp), null,
            $"Sanctions pour la CAF notifiées du {LibellesDecisionEp.Jour(du)} au {LibellesDecisionEp.Jour(au)} : {ids.Count} ligne(s), NIR compris", ct: ct);
        var maintenant = heure.MaintenantUtc;
        await db.Set<DossierEp>().Where(d => ids.Contains(d.Id) && d.ExporteeCafLe == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.ExporteeCafLe, maintenant), ct);
        await EcritureTableur.CsvAsync(LignesAsync(ids, ct), Colonnes, sortie, ct);
    }

    private IQueryable<DossierEp> Sanctions(DateOnly du, DateOnly au)
    {
        TypeDecisionEp?[] sanctions = [.. Enum.GetValues<TypeDecisionEp>().Where(t => t.EstSanction()).Select(t => (TypeDecisionEp?)t)];
        return db.Set<DossierEp>().AsNoTracking().Where(d => d.Statut == StatutDossierEp.Decide && sanctions.Contains(d.Decision) && d.AnnuleeSurRecoursLe == null
            && d.DateNotification != null && d.DateNotification >= du && d.DateNotification <= au);
    }

    private async IAsyncEnumerable<LigneSanctionCaf> LignesAsync(List<int> ids, [EnumeratorCancellation] CancellationToken ct)
    {
        var lignes = db.Set<DossierEp>().AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.DateNotification).ThenBy(d => d.Id)
            .Join(db.Personnes, d => d.PersonneId, p => p.Id, (d, p) => new LigneSanctionCaf(d.Id, p.DossierCourant!.NumDemRsa, p.DossierCourant.Matricule,
                p.DossierCourant.Organisme, p.NirChiffre, p.Nom, p.Prenoms, p.DateNaissance, d.Decision!.Value, d.Montant, d.Pourcentage, d.DateEffet, d.DureeMois,
                d.DecideLe!.Value, d.DateNotification!.Value, d.RepriseObligationsLe, d.MoisRestitues))
            .AsAsyncEnumerable();
        await foreach (var ligne in lignes.WithCancellation(ct)) yield return ligne;
    }
}
