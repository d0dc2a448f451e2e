using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements.Fse;

/// <summary>The participants of an FSE+ operation as CSV (docs/format-export-fse.md), for the département's report; audit-logged.</summary>
[Authorize(Policy = Politiques.GestionFinancements)]
public sealed class ExportFseModel(ExportOperationFse export, AuditJournal audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await export.ParticipantsAsync(code, ct) is not { } participants) return NotFound();
        // Pseudonymous data leaving the application: who took it, and how many rows, is worth recording.
        await audit.EnregistrerMaintenantAsync(ActionsFinancements.ExportFse, "OperationFse", code, $"{participants.Count} participant(s)", ct: ct);
        Response.ContentType = EcritureTableur.TypeCsv;
        Response.Headers.ContentDisposition = $"attachment; filename=\"fse-operation-{code}.csv\"";
        await EcritureTableur.CsvAsync(participants.ToAsyncEnumerable(), ExportOperationFse.Colonnes, Response.Body, ct);
        return new EmptyResult();
    }
}
