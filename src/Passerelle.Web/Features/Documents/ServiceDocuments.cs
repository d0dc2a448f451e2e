using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Documents;

public sealed record LigneDocument(int Id, string Nom, string TypeContenu, long Taille, string DeposePar, DateTime DeposeLe);

public sealed record ContenuDocument(string Nom, string TypeContenu, byte[] Octets);

/// <summary>
/// Deposits and reads a person's documents for the page, the API and the demo. The caller has
/// checked the person is within the user's scope; every deposit and download is in the audit journal.
/// </summary>
public sealed class ServiceDocuments(AppDbContext db, StockageDocuments stockage, CurrentUser user, HeureLegale heure, AuditJournal audit)
{
    public string TropVolumineux => $"Le fichier dépasse la taille maximale acceptée ({ImportsApi.TailleLisible(stockage.TailleMaximale)}).";

    /// <summary>Checks the content (size, signature, archive limits), stores it, records the row and the audit line.</summary>
    public async Task<(ResultatAction Resultat, int? Id)> DeposerAsync(int personneId, string? nom, byte[] contenu, CancellationToken ct)
    {
        if (contenu.Length == 0) return (ResultatAction.Refus("Choisissez un fichier non vide."), null);
        if (contenu.Length > stockage.TailleMaximale) return (ResultatAction.Refus(TropVolumineux), null);
        var nomPropre = Nettoyer(nom);
        var (format, refus) = ControleFichier.Examiner(nomPropre, contenu);
        if (format is null) return (ResultatAction.Refus(refus!), null);
        var (chemin, chiffre) = await stockage.EnregistrerAsync(contenu, db.TenantId ?? 0, ct);
        var document = new DocumentPersonne
        {
            PersonneId = personneId,
            Nom = nomPropre,
            TypeContenu = format.TypeContenu,
            Taille = contenu.Length,
            Empreinte = Convert.ToHexString(SHA256.HashData(contenu)),
            Chemin = chemin,
            Chiffre = chiffre,
            DeposeParId = user.Id ?? "",
            DeposePar = user.NomComplet ?? user.Email ?? "?",
            DeposeLe = heure.MaintenantUtc,
        };
        db.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
            await audit.EnregistrerMaintenantAsync(AuditActions.Creation, nameof(DocumentPersonne), document.Id, $"Personne {personneId} : {format.Libelle}, {contenu.Length} octets", ct: ct);
        }
        catch
        {
            stockage.Supprimer(chemin);
            throw;
        }
        return (ResultatAction.Ok($"Document « {nomPropre} » déposé."), document.Id);
    }

    public Task<List<LigneDocument>> ListerAsync(int personneId, CancellationToken ct) =>
        db.Set<DocumentPersonne>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderByDescending(d => d.DeposeLe)
            .Select(d => new LigneDocument(d.Id, d.Nom, d.TypeContenu, d.Taille, d.DeposePar, d.DeposeLe)).ToListAsync(ct);

    /// <returns>The content, or null when the document is not the person's.</returns>
    public async Task<ContenuDocument?> TelechargerAsync(int personneId, int documentId, CancellationToken ct)
    {
        var document = await db.Set<DocumentPersonne>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.PersonneId == personneId, ct);
        if (document is null) return null;
        var octets = await stockage.LireAsync(document.Chemin, document.Chiffre, ct);
        await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(DocumentPersonne), document.Id, $"Personne {personneId} : téléchargement", ct: ct);
        return new(document.Nom, document.TypeContenu, octets);
    }

    /// <summary>The name as shown and offered at download: no folder, no control character, bounded.</summary>
    private static string Nettoyer(string? nom)
    {
        var propre = new string(Path.GetFileName((nom ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (propre.Length == 0) propre = "document";
        var extension = Path.GetExtension(propre);
        return propre.Length <= DocumentPersonne.LongueurNom ? propre
            : extension.Length <= 10 ? propre[..(DocumentPersonne.LongueurNom - extension.Length)] + extension
            : propre[..DocumentPersonne.LongueurNom];
    }
}
