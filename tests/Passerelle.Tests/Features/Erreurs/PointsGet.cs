using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Passerelle.Tests.Features.Erreurs;

/// <summary>A GET endpoint, the page handler to name (if any) and the query parameters it binds.</summary>
public sealed record PointGet(string Gabarit, string? Handler, IReadOnlyList<string> Parametres);

/// <summary>
/// Lists every GET endpoint of the application with the query parameters it binds, read from its
/// code: a Razor page's <c>[BindProperty(SupportsGet = true)]</c> properties and OnGet handler
/// parameters, a minimal API delegate's parameters ([AsParameters] expanded). Complex types are
/// expanded to <c>Prefixe.Propriete</c>, as model binding reads them.
/// </summary>
public static partial class PointsGet
{
    public static IEnumerable<PointGet> Lister(EndpointDataSource source)
    {
        var modeles = typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(a => a.Kind == "mvc.1.0.razor-page")
            .ToDictionary(a => a.Identifier, a => a.Type.GetProperty("Model", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)?.PropertyType);
        foreach (var e in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == false) continue;
            var gabarit = "/" + e.RoutePattern.RawText!.TrimStart('/');
            var routes = e.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is { } page)
            {
                if (modeles.GetValueOrDefault(page.RelativePath) is not { } modele || !modele.IsAssignableTo(typeof(PageModel)))
                {
                    yield return new PointGet(gabarit, null, []);
                    continue;
                }
                foreach (var point in Page(gabarit, modele, routes)) yield return point;
            }
            else if (e.Metadata.GetMetadata<MethodInfo>() is { } methode)
                yield return new PointGet(gabarit, null, Sans(routes, methode.GetParameters().SelectMany(Noms)));
            else
                yield return new PointGet(gabarit, null, []);
        }
    }

    /// <summary>The template with every route parameter set to <paramref name="valeur"/>.</summary>
    public static string Chemin(string gabarit, string valeur) => ParametreRoute().Replace(gabarit, Uri.EscapeDataString(valeur));

    /// <summary>A real path of this template among the application's own links (so that the page reads its query), or ids 1.</summary>
    public static string Exemple(string gabarit, IEnumerable<string> liens)
    {
        var morceaux = new List<string>();
        var debut = 0;
        foreach (Match parametre in ParametreRoute().Matches(gabarit))
        {
            morceaux.Add(Regex.Escape(gabarit[debut..parametre.Index]));
            morceaux.Add(parametre.Value.Contains(":int", StringComparison.Ordinal) ? "[0-9]+" : "[^/?#]+");
            debut = parametre.Index + parametre.Length;
        }
        var modele = new Regex("^" + string.Concat(morceaux) + Regex.Escape(gabarit[debut..]) + "$");
        return liens.FirstOrDefault(modele.IsMatch) ?? Chemin(gabarit, "1");
    }

    /// <summary>The path, the handler if any and one query parameter set to a value.</summary>
    public static string Url(string chemin, string? handler, string? parametre, string? valeur)
    {
        var requete = new List<string>();
        if (handler is not null) requete.Add("handler=" + handler);
        if (parametre is not null) requete.Add(Uri.EscapeDataString(parametre) + "=" + Uri.EscapeDataString(valeur!));
        return requete.Count == 0 ? chemin : chemin + "?" + string.Join('&', requete);
    }

    private static IEnumerable<PointGet> Page(string gabarit, Type modele, HashSet<string> routes)
    {
        var toutes = modele.GetCustomAttribute<BindPropertiesAttribute>()?.SupportsGet == true;
        var proprietes = modele.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(PageModel) && p.CanWrite)
            .Select(p => (Propriete: p, Attribut: p.GetCustomAttribute<BindPropertyAttribute>()))
            .Where(p => p.Attribut?.SupportsGet == true || (toutes && p.Attribut is null))
            .SelectMany(p => Noms(p.Attribut?.Name ?? p.Propriete.Name, p.Propriete.PropertyType))
            .ToList();
        var handlers = modele.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal));
        foreach (var handler in handlers)
        {
            var nom = handler.Name["OnGet".Length..];
            if (nom.EndsWith("Async", StringComparison.Ordinal)) nom = nom[..^"Async".Length];
            yield return new PointGet(gabarit, nom.Length == 0 ? null : nom,
                Sans(routes, proprietes.Concat(handler.GetParameters().SelectMany(Noms))));
        }
    }

    private static List<string> Sans(HashSet<string> routes, IEnumerable<string> noms) =>
        noms.Where(n => !routes.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IEnumerable<string> Noms(ParameterInfo parametre)
    {
        if (parametre.GetCustomAttribute<FromServicesAttribute>() is not null) return [];
        if (parametre.GetCustomAttribute<AsParametersAttribute>() is not null)
            return parametre.ParameterType.GetProperties().SelectMany(p => Noms(p.Name, p.PropertyType, profondeur: 1));
        return Simple(parametre.ParameterType) ? [parametre.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parametre.Name!] : [];
    }

    private static IEnumerable<string> Noms(string nom, Type type, int profondeur = 0)
    {
        if (Simple(type)) return [nom];
        if (profondeur > 1 || !type.IsClass || type.Namespace?.StartsWith("Passerelle", StringComparison.Ordinal) != true) return [];
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .SelectMany(p => Noms(nom + "." + p.Name, p.PropertyType, profondeur + 1));
    }

    private static bool Simple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray) t = t.GetElementType()!;
        else if (t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(List<>) || g == typeof(IReadOnlyList<>) || g == typeof(IEnumerable<>)))
            t = t.GetGenericArguments()[0];
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(Guid);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParametreRoute();
}
