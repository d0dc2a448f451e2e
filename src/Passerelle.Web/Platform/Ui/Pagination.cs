using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Platform.Ui;

/// <summary>What the pagination partial needs, whatever the rows are.</summary>
public interface IPagination
{
    int Numero { get; }
    int Taille { get; }
    int Total { get; }
    int NombreDePages { get; }
}

/// <summary>One page of rows; <see cref="Numero"/> starts at 1.</summary>
public sealed record Page<T>(IReadOnlyList<T> Elements, int Numero, int Taille, int Total) : IPagination
{
    public int NombreDePages => Math.Max(1, (Total + Taille - 1) / Taille);
}

public static class Pagination
{
    /// <summary>Query-string parameter carrying the page number.</summary>
    public const string Parametre = "numero";

    public const int TailleParDefaut = 25;

    /// <summary>Counts, then reads the requested page; a number out of range gives the nearest page.</summary>
    public static async Task<Page<T>> PaginerAsync<T>(this IQueryable<T> requete, int numero, int taille = TailleParDefaut, CancellationToken ct = default)
    {
        var total = await requete.CountAsync(ct);
        var dernier = Math.Max(1, (total + taille - 1) / taille);
        var courant = Math.Clamp(numero, 1, dernier);
        var elements = await requete.Skip((courant - 1) * taille).Take(taille).ToListAsync(ct);
        return new Page<T>(elements, courant, taille, total);
    }
}
