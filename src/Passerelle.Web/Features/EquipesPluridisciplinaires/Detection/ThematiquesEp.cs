using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>
/// The département's thématiques, read in one place by every part of the EP (administration, detection, sessions,
/// indicators). A département that has none yet gets <see cref="NatureThematiqueRegles.ParDefaut"/>, written once:
/// the unique index (département, nature) turns a concurrent first reader's insert into a re-read.
/// </summary>
public static class ThematiquesEp
{
    /// <summary>Every thématique of the current département, in agenda order, inactive ones included.</summary>
    public static async Task<IReadOnlyList<ThematiqueEp>> ListeAsync(AppDbContext db, CancellationToken ct)
    {
        var thematiques = await LireAsync(db, ct);
        if (thematiques.Count > 0) return thematiques;
        var parDefaut = NatureThematiqueRegles.ParDefaut().ToList();
        db.AddRange(parDefaut);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request wrote them first: theirs are the département's.
        }
        finally
        {
            foreach (var t in parDefaut) db.Entry(t).State = EntityState.Detached;
        }
        return await LireAsync(db, ct);
    }

    /// <summary>The thématique of this nature when the département uses it, else null.</summary>
    public static async Task<ThematiqueEp?> ActiveAsync(AppDbContext db, NatureThematique nature, CancellationToken ct) =>
        (await ListeAsync(db, ct)).FirstOrDefault(t => t.Nature == nature && t.Active);

    private static async Task<IReadOnlyList<ThematiqueEp>> LireAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<ThematiqueEp>().AsNoTracking().OrderBy(t => t.Ordre).ThenBy(t => t.Id).ToListAsync(ct);
}
