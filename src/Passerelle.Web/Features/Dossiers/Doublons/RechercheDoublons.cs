using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Dossiers.Doublons;

/// <summary>Two person records that probably describe one person.</summary>
public sealed record PaireDoublon(PersonneDoublon A, PersonneDoublon B, string Raison);

public sealed record PersonneDoublon(int Id, int Version, string Nom, string Prenoms, string NomNaissance, DateOnly DateNaissance, string? EmpreinteNir, string? NumDemRsa, string CleIdentite);

/// <summary>
/// Probable duplicates (primer §2): same birth date and close names — at most two edits apart, one
/// name containing the other, or surname and birth name swapped — unless both carry different NIRs,
/// which settles that they are two people. The flux matching could not join them because the
/// names differed (typing, marriage) or a NIR was missing. Compared within each birth date, so the
/// cost grows with the number of persons, not its square.
/// </summary>
public static class RechercheDoublons
{
    public const int DistanceMaximale = 2;

    public static async Task<IReadOnlyList<PaireDoublon>> TrouverAsync(AppDbContext db, int maximum, CancellationToken ct)
    {
        var personnes = await db.Personnes.AsNoTracking().Where(p => p.FusionneeDansId == null)
            .Select(p => new PersonneDoublon(p.Id, p.Version, p.Nom, p.Prenoms, p.NomNaissance, p.DateNaissance, p.EmpreinteNir,
                p.DossierCourant != null ? p.DossierCourant.NumDemRsa : null, p.CleIdentite))
            .ToListAsync(ct);
        var paires = new List<PaireDoublon>();
        foreach (var groupe in personnes.GroupBy(p => p.DateNaissance).Where(g => g.Count() > 1))
        {
            var liste = groupe.OrderBy(p => p.Id).ToList();
            for (var i = 0; i < liste.Count; i++)
                for (var j = i + 1; j < liste.Count; j++)
                    if (Raison(liste[i], liste[j]) is { } raison)
                    {
                        paires.Add(new PaireDoublon(liste[i], liste[j], raison));
                        if (paires.Count >= maximum) return paires;
                    }
        }
        return paires;
    }

    public static string? Raison(PersonneDoublon a, PersonneDoublon b)
    {
        if (a.EmpreinteNir is not null && b.EmpreinteNir is not null) return a.EmpreinteNir == b.EmpreinteNir ? "Même NIR et même date de naissance" : null;
        if (a.CleIdentite.Contains(b.CleIdentite, StringComparison.Ordinal) || b.CleIdentite.Contains(a.CleIdentite, StringComparison.Ordinal))
            return "Même date de naissance, un nom complet contient l'autre";
        if (NormalisationNom.CleIdentite(a.NomNaissance, a.Prenoms) == NormalisationNom.CleIdentite(b.NomNaissance, b.Prenoms)
            || NormalisationNom.CleIdentite(a.NomNaissance, a.Prenoms) == b.CleIdentite || NormalisationNom.CleIdentite(b.NomNaissance, b.Prenoms) == a.CleIdentite)
            return "Même date de naissance, même nom de naissance et prénom";
        var distance = Distance(a.CleIdentite, b.CleIdentite);
        return distance <= DistanceMaximale ? $"Même date de naissance, noms à {distance} lettre(s) près" : null;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds the threshold.</summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > DistanceMaximale) return DistanceMaximale + 1;
        var precedente = Enumerable.Range(0, b.Length + 1).ToArray();
        var courante = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            courante[0] = i;
            var minimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                courante[j] = Math.Min(Math.Min(courante[j - 1], precedente[j]) + 1, precedente[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                minimum = Math.Min(minimum, courante[j]);
            }
            if (minimum > DistanceMaximale) return DistanceMaximale + 1;
            (precedente, courante) = (courante, precedente);
        }
        return precedente[b.Length];
    }
}
