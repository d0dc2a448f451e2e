using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Passerelle.Web.Data;

/// <summary>
/// SQLite: one INSERT per table prepared once per write and stepped row after row inside the caller's
/// transaction (SQLite runs in-process: a row costs its binding, not a round trip). Values are bound by
/// position straight on the connection's handle — ADO.NET would look every parameter up by name for
/// every row — in the forms Microsoft.Data.Sqlite gives them, so a row reads back exactly as one saved
/// by EF; an unexpected value type is refused rather than guessed. A generated key is left to SQLite and
/// read back after each row: it is the database's own AUTOINCREMENT value, whatever other writers did.
/// </summary>
internal sealed class EcritureSqlite(AppDbContext db) : IEcritureFournisseur
{
    public Task EcrireAsync(TableEnsembliste table, IReadOnlyList<object> lignes, CancellationToken ct)
    {
        var connexion = (SqliteConnection)db.Database.GetDbConnection();
        var colonnes = table.Colonnes.Where(c => !table.CleGeneree || c.Nom != table.NomCle).ToArray();
        var sql = $"INSERT INTO \"{table.Nom}\" ({string.Join(", ", colonnes.Select(c => $"\"{c.Nom}\""))}) VALUES ({string.Join(", ", colonnes.Select(_ => "?"))})";
        Verifier(raw.sqlite3_prepare_v2(connexion.Handle, sql, out var instruction), connexion);
        using (instruction)
        {
            foreach (var ligne in lignes)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < colonnes.Length; i++) Lier(instruction, i + 1, colonnes[i].Lire(ligne));
                var resultat = raw.sqlite3_step(instruction);
                raw.sqlite3_reset(instruction);
                if (resultat != raw.SQLITE_DONE) Verifier(resultat, connexion);
                if (table.CleGeneree) table.EcrireCle(ligne, raw.sqlite3_last_insert_rowid(connexion.Handle));
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The storage forms of Microsoft.Data.Sqlite's value binder for the types the model uses. Text is
    /// bound as UTF-16 from the string or a stack buffer: SQLite converts it, nothing is allocated.
    /// </summary>
    private static void Lier(sqlite3_stmt instruction, int position, object? valeur)
    {
        var resultat = valeur switch
        {
            null => raw.sqlite3_bind_null(instruction, position),
            string texte => raw.sqlite3_bind_text16(instruction, position, texte.AsSpan()),
            int entier => raw.sqlite3_bind_int64(instruction, position, entier),
            long entier => raw.sqlite3_bind_int64(instruction, position, entier),
            short entier => raw.sqlite3_bind_int64(instruction, position, entier),
            byte entier => raw.sqlite3_bind_int64(instruction, position, entier),
            bool booleen => raw.sqlite3_bind_int64(instruction, position, booleen ? 1 : 0),
            double reel => raw.sqlite3_bind_double(instruction, position, reel),
            decimal nombre => LierTexte(instruction, position, nombre, "0.0###########################"),
            DateOnly date => LierTexte(instruction, position, date, "yyyy-MM-dd"),
            DateTime moment => LierTexte(instruction, position, moment, "yyyy-MM-dd HH:mm:ss.FFFFFFF"),
            _ => throw new EcritureEnsemblisteImpossibleException($"Type de valeur non pris en charge par l'écriture SQLite : {valeur.GetType().Name}."),
        };
        if (resultat != raw.SQLITE_OK) throw new EcritureEnsemblisteImpossibleException($"Liaison de la valeur {position} refusée (code {resultat}).");
    }

    private static int LierTexte<T>(sqlite3_stmt instruction, int position, T valeur, string format) where T : ISpanFormattable
    {
        Span<char> tampon = stackalloc char[64];
        return valeur.TryFormat(tampon, out var longueur, format, CultureInfo.InvariantCulture)
            ? raw.sqlite3_bind_text16(instruction, position, tampon[..longueur])
            : raw.sqlite3_bind_text16(instruction, position, valeur.ToString(format, CultureInfo.InvariantCulture).AsSpan());
    }

    private static void Verifier(int resultat, SqliteConnection connexion)
    {
        if (resultat is not (raw.SQLITE_OK or raw.SQLITE_DONE)) SqliteException.ThrowExceptionForRC(resultat, connexion.Handle);
    }
}
