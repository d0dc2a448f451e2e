namespace Passerelle.Web.Features.Envois;

/// <summary>What a letter of the delivery journal was merged from: its person, its merge fields, and what follows the template (legal mentions) if anything.</summary>
public sealed record ChampsCourrier(int PersonneId, Dictionary<string, string> Champs, string? Complement = null)
{
    public void Deconstruct(out int personneId, out Dictionary<string, string> champs) => (personneId, champs) = (PersonneId, Champs);
}

/// <summary>
/// A capability whose letters the delivery journal prints again. The journal keeps no text (a letter holds personal
/// data and the journal outlives it), so each capability rebuilds its letter's fields from the key it sent it under;
/// the journal asks every source in turn (registered with <c>AddSourceCourriers</c>) instead of knowing them all.
/// </summary>
public interface ISourceCourriers
{
    /// <returns>null when the key and template are not one of this source's letters, or its record is gone.</returns>
    Task<ChampsCourrier?> ChampsAsync(string codeModele, string cle, CancellationToken ct);
}

public static class SourcesCourriers
{
    public static IServiceCollection AddSourceCourriers<T>(this IServiceCollection services) where T : class, ISourceCourriers =>
        services.AddScoped<ISourceCourriers, T>();

    /// <summary>The record id of a key written « prefixe:id » (or « prefixe…:id » for keys that carry more before the colon); null otherwise.</summary>
    public static int? Identifiant(string cle, string prefixe)
    {
        var separateur = cle.LastIndexOf(':');
        return separateur > 0 && cle.StartsWith(prefixe, StringComparison.Ordinal)
            && int.TryParse(cle.AsSpan(separateur + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id : null;
    }
}
