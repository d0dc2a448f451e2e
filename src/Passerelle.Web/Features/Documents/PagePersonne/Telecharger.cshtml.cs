using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Documents.PagePersonne;

/// <summary>Downloads a document of a person within the user's scope, always as an attachment (never rendered by the browser).</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class TelechargerModel(AppDbContext db, PerimetreDossiers perimetre, ServiceDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int documentId, CancellationToken ct)
    {
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == id, ct)) return NotFound();
        return await documents.TelechargerAsync(id, documentId, ct) is { } contenu ? EnPieceJointe(Response, contenu) : NotFound();
    }

    /// <summary>
    /// <c>attachment</c> and <c>nosniff</c>, and a sandbox for a browser that would still display it:
    /// a file someone uploaded must never run as a page of this site.
    /// </summary>
    public static FileContentResult EnPieceJointe(HttpResponse reponse, ContenuDocument contenu)
    {
        reponse.Headers.XContentTypeOptions = "nosniff";
        reponse.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return new FileContentResult(contenu.Octets, contenu.TypeContenu) { FileDownloadName = contenu.Nom };
    }
}
