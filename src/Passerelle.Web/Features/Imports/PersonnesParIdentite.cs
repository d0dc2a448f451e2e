using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// The persons whose name key and birth date form one of the given pairs, each pair looked up through
/// the (département, name key, birth date) index. Written in SQL because LINQ can only ask "key in the
/// list and date in the list": SQLite, without statistics during a stock load, then sought every key
/// with every date (250,000 index seeks for a batch of 500 persons, 450 ms) or read every person born
/// on the batch's dates. The pairs come first (CROSS JOIN fixes SQLite's join order), one seek each.
/// </summary>
internal static class PersonnesParIdentite
{
    public static IQueryable<Personne> Requete(AppDbContext db, IReadOnlyCollection<(string Cle, DateOnly Naissance)> paires) => db.Database.IsNpgsql()
        ? db.Personnes.FromSqlRaw(
            """SELECT p.* FROM unnest({0}, {1}) AS j("Cle", "Naissance") JOIN "Personnes" AS p ON p."CleIdentite" = j."Cle" AND p."DateNaissance" = j."Naissance" """,
            paires.Select(p => p.Cle).ToArray(), paires.Select(p => p.Naissance).ToArray())
        : db.Personnes.FromSqlRaw(
            """SELECT p.* FROM json_each({0}) AS j CROSS JOIN "Personnes" AS p WHERE p."CleIdentite" = j.value ->> 0 AND p."DateNaissance" = j.value ->> 1""",
            JsonSerializer.Serialize(paires.Select(p => new[] { p.Cle, p.Naissance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })));
}
