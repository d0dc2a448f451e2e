using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Documents.PagePersonne;

/// <summary>
/// Deposits a document from the person page. The size is checked from the request's length before
/// its body is read, then the antiforgery token (which the automatic check would read the body for):
/// a 200 Mo upload is answered with the French message, not a server error.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
[IgnoreAntiforgeryToken]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceDocuments documents, StockageDocuments stockage, IAntiforgery antiforgery)
    : ActionsPersonne(perimetre, db)
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    public const long MargeFormulaire = 64 * 1024;

    protected override string Ancre => "documents";

    /// <summary>No parameter to bind: binding one would read the whole form before the size is checked.</summary>
    public async Task<IActionResult> OnPostDeposerAsync()
    {
        var id = int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);
        var ct = HttpContext.RequestAborted;
        var limite = stockage.TailleMaximale + MargeFormulaire;
        if (Request.ContentLength is not { } longueur || longueur > limite)
            return await AgirAsync(id, () => Task.FromResult(ResultatAction.Refus(documents.TropVolumineux)));
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } taille) taille.MaxRequestBodySize = limite;
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
        var fichier = (await Request.ReadFormAsync(ct)).Files.GetFile("fichier");
        if (fichier is null) return await AgirAsync(id, () => Task.FromResult(ResultatAction.Refus("Choisissez un fichier.")));
        using var memoire = new MemoryStream((int)fichier.Length);
        await fichier.CopyToAsync(memoire, ct);
        return await AgirAsync(id, async () => (await documents.DeposerAsync(id, fichier.FileName, memoire.ToArray(), ct)).Resultat);
    }
}
