using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Platform.Ui;

/// <summary>What the pagination partial needs to know about any page of results.</summary>
public interface IPagination
{
    int Numero { get; }
    int Taille { get; }
    int Total { get; }
    int NombreDePages { get; }
}

/// <summary>One page of a list: its rows, its number (from 1), its size and the total row count.</summary>
public sealed record Page<T>(IReadOnlyList<T> Elements, int Numero, int Taille, int Total) : IPagination
{
    public int NombreDePages => Math.Max(1, (Total + Taille - 1) / Taille);

    /// <summary>The same page with its rows mapped, e.g. entities to view rows.</summary>
    public Page<TAutre> Convertir<TAutre>(Func<T, TAutre> conversion) => new(Elements.Select(conversion).ToList(), Numero, Taille, Total);
}

public static class Pagination
{
    /// <summary>
    /// Query-string parameter of a page's number in the UI (?numero=2): Razor Pages reserve "page"
    /// for the page's own name. The JSON API uses ?page= and ?taille=.
    /// </summary>
    public const string Parametre = "numero";

    public const int TailleParDefaut = 20;
    public const int TailleMaximale = 100;

    /// <summary>
    /// Counts then reads one page of an ordered query. Out-of-range sizes are brought back into
    /// 1..<see cref="TailleMaximale"/>; a page past the end is empty, so API clients can stop there.
    /// </summary>
    public static async Task<Page<T>> PaginerAsync<T>(this IQueryable<T> requete, int? page, int? taille = null, CancellationToken ct = default) =>
        await requete.PaginerSurTotalAsync(page, taille, await requete.CountAsync(ct), ct);

    /// <summary>One page of the default size when the total is already known (a count kept by the caller), without counting again.</summary>
    public static Task<Page<T>> PaginerSurTotalAsync<T>(this IQueryable<T> requete, int? page, int total, CancellationToken ct) =>
        requete.PaginerSurTotalAsync(page, null, total, ct);

    private static async Task<Page<T>> PaginerSurTotalAsync<T>(this IQueryable<T> requete, int? page, int? taille, int total, CancellationToken ct)
    {
        var (numero, t) = Bornes(page, taille);
        var elements = total <= (long)(numero - 1) * t ? [] : await requete.Skip((numero - 1) * t).Take(t).ToListAsync(ct);
        return new Page<T>(elements, numero, t, total);
    }

    /// <summary>The page number from 1 and the size within 1..<see cref="TailleMaximale"/>, as <see cref="PaginerAsync"/> applies them.</summary>
    public static (int Numero, int Taille) Bornes(int? page, int? taille) =>
        (Math.Max(page ?? 1, 1), Math.Clamp(taille ?? TailleParDefaut, 1, TailleMaximale));
}
