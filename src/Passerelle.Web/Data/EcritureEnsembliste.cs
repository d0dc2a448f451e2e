using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Passerelle.Web.Data;

/// <summary>
/// Inserts new entities set by set instead of one by one through the change tracker: prepared and
/// reused INSERTs on SQLite, binary COPY on PostgreSQL. What to write comes from the EF model (tables,
/// columns, value conversions, keys, foreign keys): the caller adds entities, and every new entity they
/// reach through navigations (a dossier's members, a person's rights history…) is written with them,
/// principals first, each foreign key taken from its navigation once the principal has its key. Keys are
/// assigned inside the caller's transaction (SQLite's rowid of each insert; PostgreSQL's sequence).
/// Rows are never tracked: the caller's entities get their keys, nothing else changes in the context.
/// </summary>
public sealed class EcritureEnsembliste(AppDbContext db)
{
    private readonly Dictionary<Type, TableEnsembliste> tables = [];
    private readonly HashSet<object> ajoutees = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> ordre = [];
    private IEcritureFournisseur? fournisseur;

    /// <summary>Schedules an entity (and the new entities it reaches) for the next <see cref="EcrireAsync"/>.</summary>
    public void Ajouter(object entite)
    {
        if (ajoutees.Add(entite)) ordre.Add(entite);
    }

    /// <summary>Whether the entity was added and is still waiting to be written.</summary>
    public bool EstEnAttente(object entite) => ajoutees.Contains(entite);

    public int EnAttente => ordre.Count;

    /// <summary>Drops what was added (the caller rolled back and takes another path).</summary>
    public void Oublier()
    {
        ajoutees.Clear();
        ordre.Clear();
    }

    /// <summary>
    /// Writes what was added, in the current transaction (or in one of its own). A refusal by the database
    /// throws its usual exception with nothing tracked to clean: the caller rolls back what it wants to.
    /// </summary>
    public async Task EcrireAsync(CancellationToken ct = default)
    {
        if (ordre.Count == 0) return;
        try
        {
            var propre = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await using (propre)
            {
                fournisseur ??= db.Database.IsNpgsql() ? new EcriturePostgres(db) : new EcritureSqlite(db);
                // The observers' own rows (a recomputation request…) are written in a further round, in the same transaction.
                while (ordre.Count > 0)
                {
                    var ecrites = await EcrireTablesAsync(Collecter(), ct);
                    Oublier();
                    foreach (var suite in Observateurs().SelectMany(o => o.Inserees(db, ecrites)).ToList()) Ajouter(suite);
                }
                if (propre is not null) await propre.CommitAsync(ct);
            }
        }
        finally
        {
            Oublier();
        }
    }

    private async Task<List<object>> EcrireTablesAsync(Dictionary<TableEnsembliste, List<object>> parTable, CancellationToken ct)
    {
        var ecrites = new List<object>();
        foreach (var table in Ordonner(parTable.Keys))
        {
            var lignes = parTable[table];
            foreach (var ligne in lignes)
            {
                table.RattacherAuxParents(ligne);
                db.PreparerAjout(ligne);
            }
            await fournisseur!.EcrireAsync(table, lignes, ct);
            foreach (var ligne in lignes) table.PropagerAuxEnfants(ligne);
            ecrites.AddRange(lignes);
        }
        return ecrites;
    }

    private IEnumerable<IObservateurEcritureEnsembliste> Observateurs() =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IObservateurEcritureEnsembliste>() ?? [];

    /// <summary>The added entities and the new ones they reach, by table, each once, in the order met.</summary>
    private Dictionary<TableEnsembliste, List<object>> Collecter()
    {
        var parTable = new Dictionary<TableEnsembliste, List<object>>();
        var vues = new HashSet<object>(ordre, ReferenceEqualityComparer.Instance);
        var aVisiter = new Queue<object>(ordre);
        while (aVisiter.TryDequeue(out var entite))
        {
            var table = Table(entite.GetType());
            if (table.CleGeneree && !table.EstNouvelle(entite))
                throw new EcritureEnsemblisteImpossibleException($"Une entité {table.Type.DisplayName()} ajoutée a déjà une clé.");
            if (!parTable.TryGetValue(table, out var lignes)) parTable[table] = lignes = [];
            lignes.Add(entite);
            foreach (var voisin in table.Liens.SelectMany(l => l.Entites(entite)))
                if (!vues.Contains(voisin) && Table(voisin.GetType()).EstNouvelle(voisin) && vues.Add(voisin)) aVisiter.Enqueue(voisin);
        }
        return parTable;
    }

    /// <summary>Principals before dependents: a table comes after every table its foreign keys point to.</summary>
    private static List<TableEnsembliste> Ordonner(IEnumerable<TableEnsembliste> presentes)
    {
        var restantes = presentes.ToList();
        var ordonnees = new List<TableEnsembliste>();
        while (restantes.Count > 0)
        {
            var prete = restantes.FirstOrDefault(t => !t.Principaux.Any(p => restantes.Any(r => r != t && r.Type == p)))
                ?? throw new EcritureEnsemblisteImpossibleException("Les clés étrangères de ces tables forment un cycle.");
            ordonnees.Add(prete);
            restantes.Remove(prete);
        }
        return ordonnees;
    }

    private TableEnsembliste Table(Type type)
    {
        if (tables.TryGetValue(type, out var table)) return table;
        var entite = db.Model.FindEntityType(type) ?? throw new EcritureEnsemblisteImpossibleException($"{type.Name} n'est pas une entité du modèle.");
        return tables[type] = TableEnsembliste.Lire(entite);
    }
}

/// <summary>One provider's way to insert the rows of one table and give them their keys.</summary>
internal interface IEcritureFournisseur
{
    Task EcrireAsync(TableEnsembliste table, IReadOnlyList<object> lignes, CancellationToken ct);
}
