using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Chiffrement;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// Brings every stored NIR to the current key at start-up, before any page or import reads them: NIRs kept in
/// clear by earlier versions (the migration renamed the columns, values untouched) are encrypted and their clear
/// prefix replaced by the blind index; NIRs of an older key version are re-encrypted (rotation). Batches of
/// <see cref="TailleLot"/> persons, each committed: a run cut short resumes where it stopped at the next start.
/// </summary>
public static class ConversionNir
{
    public const int TailleLot = 1000;

    /// <returns>How many persons were converted.</returns>
    public static async Task<int> ExecuterAsync(AppDbContext db, ChiffrementDonnees chiffrement, ProtectionNir protection, ILogger journal, CancellationToken ct = default)
    {
        var prefixe = chiffrement.PrefixeCourant;
        var (total, dernier) = (0, 0);
        while (true)
        {
            var lot = await db.Personnes.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.Id > dernier && p.NirChiffre != null && !p.NirChiffre.StartsWith(prefixe))
                .OrderBy(p => p.Id).Take(TailleLot).Select(p => new { p.Id, p.NirChiffre }).ToListAsync(ct);
            if (lot.Count == 0) break;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var p in lot)
            {
                // A clear NIR starts with a digit, an encrypted one with its version ("v1:").
                var nir = char.IsAsciiDigit(p.NirChiffre![0]) ? p.NirChiffre : chiffrement.Dechiffrer(p.NirChiffre);
                var (chiffre, empreinte) = protection.Proteger(nir);
                await db.Personnes.IgnoreQueryFilters().Where(x => x.Id == p.Id && x.NirChiffre == p.NirChiffre)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.NirChiffre, chiffre).SetProperty(x => x.EmpreinteNir, empreinte), ct);
            }
            await transaction.CommitAsync(ct);
            (total, dernier) = (total + lot.Count, lot[^1].Id);
            journal.LogInformation("Chiffrement des NIR : {Total} personnes converties.", total);
        }
        return total;
    }
}
