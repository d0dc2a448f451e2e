using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// Gives the persons written before the sound keys existed their keys (<see cref="Personne.IndexerNom"/>) at start-up,
/// before the header search reads them. Batches of <see cref="TailleLot"/>, each committed: a run cut short resumes at the next start.
/// </summary>
public static class IndexationNoms
{
    public const int TailleLot = 1000;

    /// <returns>How many persons were indexed.</returns>
    public static async Task<int> ExecuterAsync(AppDbContext db, ILogger journal, CancellationToken ct = default)
    {
        var (total, dernier) = (0, 0);
        while (true)
        {
            var lot = await db.Personnes.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.Id > dernier && p.PhonetiqueNom == null)
                .OrderBy(p => p.Id).Take(TailleLot).Select(p => new { p.Id, p.Nom, p.NomNaissance, p.Prenoms }).ToListAsync(ct);
            if (lot.Count == 0) break;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var p in lot)
            {
                var cles = new Personne { Nom = p.Nom, NomNaissance = p.NomNaissance, Prenoms = p.Prenoms, Sexe = "", CleIdentite = "" };
                cles.IndexerNom();
                await db.Personnes.IgnoreQueryFilters().Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.PhonetiqueNom, cles.PhonetiqueNom)
                    .SetProperty(x => x.PhonetiqueNomNaissance, cles.PhonetiqueNomNaissance)
                    .SetProperty(x => x.PhonetiquePrenom, cles.PhonetiquePrenom), ct);
            }
            await transaction.CommitAsync(ct);
            (total, dernier) = (total + lot.Count, lot[^1].Id);
            journal.LogInformation("Clés phonétiques des noms : {Total} personnes indexées.", total);
        }
        return total;
    }
}
