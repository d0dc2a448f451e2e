using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelle.Web.Platform.Profil;

/// <summary>Adds each SQL command of a request to its <see cref="ProfilRequete"/>; commands outside a request (jobs, start-up) are ignored.</summary>
public sealed class ProfilSql(IHttpContextAccessor http) : DbCommandInterceptor
{
    private void Ajouter(TimeSpan duree) => http.HttpContext?.Features.Get<ProfilRequete>()?.AjouterCommande(duree);

    /// <summary>A reader's execution (SQLite steps to the first row there), then below its reading until disposal: both count as SQL.</summary>
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Ajouter(eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Ajouter(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        http.HttpContext?.Features.Get<ProfilRequete>()?.AjouterLecture(eventData.Duration);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Ajouter(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Ajouter(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Ajouter(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Ajouter(eventData.Duration);
        return ValueTask.FromResult(result);
    }
}
