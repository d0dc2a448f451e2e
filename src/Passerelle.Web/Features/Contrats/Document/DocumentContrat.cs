using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Contrats.Document;

/// <summary>
/// The CER as a PDF: the département's template « Contrat d'engagements réciproques » (editable like
/// every letter, <see cref="ModelesParDefaut.ContratEngagementsReciproques"/>) merged with the contract and
/// laid out by <see cref="RenduCourrier"/>. Each download is journaled: the document carries personal data.
/// </summary>
public sealed class DocumentContrat(AppDbContext db, PerimetreDossiers perimetre, ModelesCourrier modeles, ChampsPersonne champsPersonne, AuditJournal audit)
{
    public sealed record Fichier(string Nom, byte[] Contenu);

    /// <returns>null when the contract is not the person's, or the person is outside the user's scope.</returns>
    public async Task<Fichier?> ProduireAsync(int personneId, int contratId, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).AsNoTracking().FirstOrDefaultAsync(p => p.Id == personneId, ct);
        var contrat = personne is null ? null
            : await db.Set<Contrat>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == contratId && c.PersonneId == personneId && c.Type == TypeContrat.Cer, ct);
        if (personne is null || contrat is null) return null;
        var suivi = await db.Set<Parcours>().AsNoTracking().Where(p => p.Id == contrat.ParcoursId)
            .Select(p => new
            {
                Structure = db.Structures.Where(s => s.Id == p.StructureId).Select(s => s.Nom).FirstOrDefault(),
                Referent = db.Users.Where(u => u.Id == p.ReferentId).Select(u => u.Prenom + " " + u.Nom).FirstOrDefault(),
            }).FirstAsync(ct);
        var champs = await champsPersonne.CompleterAsync(personne, ChampsContrat(contrat, suivi.Structure, suivi.Referent), ct);
        var message = RenduCourrier.Fusion(await modeles.ModeleAsync(ModelesParDefaut.ContratEngagementsReciproques, ct), champs);
        var pdf = RenduCourrier.Pdf(Courrier.Depuis(message, champs));
        await audit.EnregistrerMaintenantAsync(ActionsContrats.Document, nameof(Contrat), contrat.Id, "Contrat téléchargé (PDF).", ct: ct);
        return new Fichier($"contrat-{contrat.Id}.pdf", pdf);
    }

    private static Dictionary<string, string> ChampsContrat(Contrat c, string? structure, string? referent)
    {
        string Jour(DateOnly d) => ChampsPersonne.FormaterDate(d);
        return new(StringComparer.Ordinal)
        {
            [ChampsFusion.PeriodeContrat] = $"{c.Rang.Libelle().ToLowerInvariant()}, du {Jour(c.DateDebut)} au {Jour(c.DateFin)} ({c.DureeMois} mois)",
            [ChampsFusion.ObjectifsContrat] = Lignes(c.Objectifs.Select(o => string.IsNullOrEmpty(o.Theme) ? o.Texte ?? "" : $"{o.Theme} : {o.Texte}")),
            [ChampsFusion.ActionsContrat] = Lignes(c.Actions.Select(a => a.Echeance is { } e ? $"{a.Libelle} (avant le {Jour(e)})" : a.Libelle ?? "")),
            [ChampsFusion.EngagementsPersonne] = c.EngagementsPersonne ?? "—",
            [ChampsFusion.EngagementsDepartement] = c.EngagementsDepartement ?? "—",
            [ChampsFusion.SignatureContrat] = c.SigneLe is { } s ? $"le {Jour(s)}{(c.SigneA is null ? "" : " à " + c.SigneA)}" : "à signer",
            [ChampsFusion.Structure] = structure ?? "",
            [ChampsFusion.Referent] = referent ?? "",
        };
    }

    private static string Lignes(IEnumerable<string> lignes) => string.Join('\n', lignes.Select(l => "– " + l)) is { Length: > 0 } texte ? texte : "—";
}
