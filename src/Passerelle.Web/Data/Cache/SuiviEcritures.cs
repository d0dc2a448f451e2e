using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Immersions;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Parrainage;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Data.Cache;

/// <summary>
/// Moves the département's <see cref="VersionsDonnees"/> once a write to a followed table is committed:
/// at once outside a transaction, at the commit (or rollback) otherwise, so that a value computed while
/// the write was pending is not kept. Every command EF sends is seen, tracked changes as well as
/// ExecuteUpdate/ExecuteDelete and raw SQL; the département is that of the writing context, none
/// (every département) for a context without one. The bulk writer, which sends its own commands, says
/// what it wrote through <see cref="Inserees"/>.
/// </summary>
public sealed class SuiviEcritures(VersionsDonnees versions) : DbCommandInterceptor, IDbTransactionInterceptor, IObservateurEcritureEnsembliste
{
    /// <summary>
    /// The entities the cached values are drawn from: parcours and designations (counts, loads), offers, structures, habilitations,
    /// accounts, territoires, rule sets; for the EP detection queues, their dossiers, reminders, rules and the appointments missed;
    /// for the clause hours dashboard, contracts, plans, hours and the employers named; for the offers' indicators, offers,
    /// mises en relation and the exits they led to; for the pilotage catalogue (every indicator is cached), orientation
    /// decisions, prescriptions and actions, EP séances, comités with their members and attendance, sponsors and immersions.
    /// </summary>
    private static readonly Type[] Suivies =
        [typeof(Parcours), typeof(DesignationReferent), typeof(OffreAccompagnement), typeof(Structure), typeof(Habilitation),
         typeof(Utilisateur), typeof(Territoire), typeof(TerritoireCommune), typeof(JeuRegles),
         typeof(DossierEp), typeof(RelanceEp), typeof(ReglesEp), typeof(RendezVous),
         typeof(MarcheClause), typeof(PlanClause), typeof(HeuresClause), typeof(Employeur),
         typeof(OffreEmploi), typeof(MiseEnRelation), typeof(Sortie),
         typeof(DecisionOrientation), typeof(Prescription), typeof(ActionInsertion), typeof(SeanceEp), typeof(Comite), typeof(MembreComite),
         typeof(Reunion), typeof(PresenceReunion), typeof(Parrain), typeof(Features.Parrainage.Parrainage), typeof(Immersion)];

    private readonly ConditionalWeakTable<DbTransaction, Dictionary<int, HashSet<Type>>> enAttente = new();
    private (string Nom, Type Type)[]? tables;

    /// <summary>A département's pending tables under a key that <see cref="Dictionary{TKey,TValue}"/> accepts: none is -1.</summary>
    private const int SansDepartement = -1;

    private void Noter(DbCommand command, DbContext? context)
    {
        var texte = command.CommandText.AsSpan().TrimStart();
        if (texte.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || context is null) return;
        tables ??= [.. Suivies.Select(t => ($"\"{context.Model.FindEntityType(t)!.GetTableName()}\"", t))];
        var ecrites = tables.Where(t => command.CommandText.Contains(t.Nom, StringComparison.Ordinal)).Select(t => t.Type).ToList();
        if (ecrites.Count > 0) Noter(context, command.Transaction, ecrites);
    }

    /// <summary>Whether cached values may name this table among those they read (<see cref="CacheDepartement"/>).</summary>
    public static bool EstSuivie(Type table) => Suivies.Contains(table);

    /// <summary>A write EF did not send (the bulk writer's prepared inserts or COPY), noted as its commands would be.</summary>
    public IEnumerable<object> Inserees(AppDbContext contexte, IReadOnlyList<object> lignes)
    {
        var ecrites = lignes.Select(l => l.GetType()).Where(Suivies.Contains).Distinct().ToList();
        if (ecrites.Count > 0) Noter(contexte, contexte.Database.CurrentTransaction?.GetDbTransaction(), ecrites);
        return [];
    }

    private void Noter(DbContext context, DbTransaction? transaction, IReadOnlyList<Type> ecrites)
    {
        var departement = (context as AppDbContext)?.TenantId;
        if (transaction is null)
        {
            versions.Changer(departement, ecrites);
            return;
        }
        var departements = enAttente.GetValue(transaction, _ => []);
        lock (departements)
        {
            var cle = departement ?? SansDepartement;
            if (!departements.TryGetValue(cle, out var ensemble)) departements[cle] = ensemble = [];
            ensemble.UnionWith(ecrites);
        }
    }

    private void Terminer(DbTransaction transaction)
    {
        if (!enAttente.TryGetValue(transaction, out var departements)) return;
        enAttente.Remove(transaction);
        lock (departements)
            foreach (var (d, ecrites) in departements) versions.Changer(d == SansDepartement ? null : d, ecrites);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Noter(command, eventData.Context);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Noter(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>SaveChanges sends its INSERT … RETURNING and UPDATE … RETURNING as readers.</summary>
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Noter(command, eventData.Context);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Noter(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Noter(command, eventData.Context);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Noter(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Terminer(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Terminer(transaction);
        return Task.CompletedTask;
    }

    /// <summary>Nothing changed, but the version moves all the same: it costs one recomputation and needs no proof.</summary>
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Terminer(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Terminer(transaction);
        return Task.CompletedTask;
    }
}
