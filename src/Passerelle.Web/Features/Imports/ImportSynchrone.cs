using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Imports;

/// <summary>Runs an import to its end in the caller's flow: the command line and the demo data use it.</summary>
public sealed class ImportSynchrone(AppDbContext db, CreationImport creation, ExecutionImport execution)
{
    public async Task<ResultatCreation> ImporterAsync(Stream contenu, DemandeImport demande, CancellationToken ct)
    {
        var instance = $"synchrone:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        var resultat = await creation.CreerAsync(contenu, demande, ct, instance);
        if (resultat.Import is not { } import) return resultat;
        await execution.ExecuterAsync(import.Id, instance, ct);
        db.ChangeTracker.Clear();
        return resultat with { Import = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == import.Id, ct) };
    }
}
