using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Departements;

namespace Passerelle.Web.Data;

/// <summary>
/// Several counts in one round trip: each query becomes a scalar subquery over one row (the current
/// département), so each still uses its own index, and a page with nine counts pays one command.
/// </summary>
public static class ComptesGroupes
{
    private static readonly MethodInfo Compter = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 1);

    public static async Task<int[]> CompterAsync<T>(this AppDbContext db, IReadOnlyList<IQueryable<T>> requetes, CancellationToken ct)
    {
        if (db.TenantId is not int departement)
        {
            var comptes = new int[requetes.Count];
            for (var i = 0; i < requetes.Count; i++) comptes[i] = await requetes[i].CountAsync(ct);
            return comptes;
        }
        var compter = Compter.MakeGenericMethod(typeof(T));
        var ligne = Expression.Parameter(typeof(Departement), "d");
        var projection = Expression.Lambda<Func<Departement, int[]>>(
            Expression.NewArrayInit(typeof(int), requetes.Select(r => Expression.Call(compter, r.Expression))), ligne);
        return await db.Departements.AsNoTracking().Where(d => d.Id == departement).Select(projection).SingleAsync(ct);
    }
}
