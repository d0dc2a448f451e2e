using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Passerelle.Web.Data;

namespace Passerelle.Bench;

/// <summary>
/// Writes entities straight into their tables, bypassing EF's change tracker: one prepared INSERT in
/// a single transaction per batch on SQLite, binary COPY on PostgreSQL. Table and column names and the
/// enum-to-string conversions come from the application's EF model, so the rows are exactly what
/// the application would have written. Ids are given by the caller (the generator links rows by them).
/// </summary>
internal sealed class EcritureEnMasse(AppDbContext db) : IAsyncDisposable
{
    private readonly DbConnection connexion = db.Database.GetDbConnection();

    public bool Postgres => connexion is NpgsqlConnection;

    public async Task OuvrirAsync()
    {
        if (connexion.State != System.Data.ConnectionState.Open) await connexion.OpenAsync();
    }

    public async Task<int> IdMaxAsync<T>()
    {
        var (table, _) = Colonnes<T>();
        await using var commande = connexion.CreateCommand();
        commande.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
        return Convert.ToInt32(await commande.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task EcrireAsync<T>(IReadOnlyCollection<T> lignes) where T : class
    {
        if (lignes.Count == 0) return;
        var (table, colonnes) = Colonnes<T>();
        if (connexion is NpgsqlConnection pg) await CopierAsync(pg, table, colonnes, lignes);
        else await InsererAsync((SqliteConnection)connexion, table, colonnes, lignes);
    }

    /// <summary>Identity columns continue after the ids the generator gave (PostgreSQL only; SQLite takes MAX(rowid)+1).</summary>
    public async Task RecalerSequenceAsync<T>()
    {
        if (!Postgres) return;
        var (table, _) = Colonnes<T>();
        await using var commande = connexion.CreateCommand();
        commande.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM \"{table}\"))";
        await commande.ExecuteScalarAsync();
    }

    private (string Table, IReadOnlyList<Colonne> Colonnes) Colonnes<T>()
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} n'est pas dans le modèle.");
        var table = type.GetTableName()!;
        var objet = StoreObjectIdentifier.Table(table, type.GetSchema());
        var colonnes = type.GetProperties().Where(p => p.PropertyInfo is not null).Select(p =>
        {
            var conversion = p.GetTypeMapping().Converter;
            var typeSql = p.GetColumnType();
            return new Colonne(p.GetColumnName(objet)!, typeSql.StartsWith("character varying", StringComparison.Ordinal) ? "character varying" : typeSql,
                o =>
                {
                    var valeur = p.PropertyInfo!.GetValue(o);
                    return valeur is null || conversion is null ? valeur : conversion.ConvertToProvider(valeur);
                });
        }).ToList();
        return (table, colonnes);
    }

    private static async Task InsererAsync<T>(SqliteConnection sqlite, string table, IReadOnlyList<Colonne> colonnes, IEnumerable<T> lignes)
    {
        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        await using var commande = sqlite.CreateCommand();
        commande.Transaction = transaction;
        commande.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", colonnes.Select(c => $"\"{c.Nom}\""))}) " +
            $"VALUES ({string.Join(", ", colonnes.Select((_, i) => $"$p{i}"))})";
        var parametres = colonnes.Select((_, i) => commande.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        commande.Prepare();
        foreach (var ligne in lignes)
        {
            for (var i = 0; i < colonnes.Count; i++) parametres[i].Value = colonnes[i].Valeur(ligne!) ?? DBNull.Value;
            await commande.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static async Task CopierAsync<T>(NpgsqlConnection pg, string table, IReadOnlyList<Colonne> colonnes, IEnumerable<T> lignes)
    {
        await using var copie = await pg.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", colonnes.Select(c => $"\"{c.Nom}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var ligne in lignes)
        {
            await copie.StartRowAsync();
            foreach (var colonne in colonnes)
            {
                var valeur = colonne.Valeur(ligne!);
                if (valeur is null) await copie.WriteNullAsync();
                else await copie.WriteAsync(valeur, colonne.TypeSql);
            }
        }
        await copie.CompleteAsync();
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();

    private sealed record Colonne(string Nom, string TypeSql, Func<object, object?> Valeur);
}
