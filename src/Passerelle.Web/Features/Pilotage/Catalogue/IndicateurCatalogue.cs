using System.Text.Json.Serialization;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>The breakdowns a computed indicator may support; each indicator lists only those its data truly carries.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Ventilation>))]
public enum Ventilation { Territoire, Structure, Action, FicheAction, TypeOrientation, Rsa, Instance, Institution }

/// <summary>
/// One computation: a period, a scope (territoires, secrecy), optionally the fiche-action whose actions or instances are
/// counted (null: the whole département), optionally one breakdown.
/// </summary>
public sealed record RequeteIndicateur(Periode Periode, Portee Portee, int? FicheActionId = null, Ventilation? Ventilation = null);

/// <summary>One row of a breakdown; a masked row (statistical secrecy) has no value.</summary>
/// <param name="Cle">The identifier of the territoire, structure, action, fiche-action… of the row (null: « non renseigné » or not an identifier).</param>
public sealed record LigneValeur(string Libelle, decimal? Valeur, int? Numerateur = null, int? Denominateur = null, bool Masquee = false, int? Cle = null);

/// <param name="Valeur">The figure (null: nothing to compute on, masked, or not available in this scope — see <paramref name="Remarque"/>).</param>
/// <param name="Numerateur">For a rate or a mean, the count it is computed on.</param>
public sealed record ValeurCalculee(decimal? Valeur, int? Numerateur, int? Denominateur, IReadOnlyList<LigneValeur> Lignes, string? Remarque = null, bool Masquee = false)
{
    public static ValeurCalculee Nombre(int nombre, IReadOnlyList<LigneValeur>? lignes = null) => new(nombre, null, null, lignes ?? []);

    public static ValeurCalculee Taux(int numerateur, int denominateur, IReadOnlyList<LigneValeur>? lignes = null) =>
        new(Pourcentage(numerateur, denominateur), numerateur, denominateur, lignes ?? []);

    public static ValeurCalculee Indisponible(string remarque) => new(null, null, null, [], remarque);

    public static decimal? Pourcentage(int numerateur, int denominateur) => denominateur == 0 ? null : Math.Round(100m * numerateur / denominateur, 1);
}

/// <summary>
/// A computed indicator of the catalogue (docs/decisions/0025): its stable code, label, precise definition (word for word
/// that of docs/indicators.md, « Catalogue »), unit, supported breakdowns, the capability it is drawn from, the tables it
/// reads (the cache is kept until one of them is written) and its computation, which calls that capability's data.
/// </summary>
/// <param name="ParFiche">Counted within a fiche-action (its actions or the instances following it) when one is given.</param>
/// <param name="Territorial">Can be restricted to territoires; otherwise a territoire agent gets no value.</param>
public sealed record IndicateurCatalogue(string Code, string Libelle, string Definition, UniteIndicateur Unite, string Source,
    IReadOnlyList<Ventilation> Ventilations, bool ParFiche, bool Territorial, IReadOnlyList<Type> Lues,
    [property: JsonIgnore] Func<IServiceProvider, RequeteIndicateur, CancellationToken, Task<ValeurCalculee>> Calculer)
{
    /// <summary>
    /// The counted rows of a person-based indicator, the same query its count groups: what the list behind a number reads
    /// (null: the indicator counts records that are not persons — meetings, hours, offers — or a stock computed elsewhere).
    /// </summary>
    [JsonIgnore] public Func<IServiceProvider, RequeteIndicateur, IQueryable<FaitCompte>>? Faits { get; init; }

    /// <summary>For an indicator counting a part of its rows (a rate, « reçus dans le délai »), what that part means, as a list's column reads it.</summary>
    [JsonIgnore] public string? LibellePartie { get; init; }
}

public static class LibellesVentilation
{
    public static string Libelle(this Ventilation ventilation) => ventilation switch
    {
        Ventilation.Territoire => "territoire",
        Ventilation.Structure => "structure",
        Ventilation.Action => "action",
        Ventilation.FicheAction => "fiche-action",
        Ventilation.TypeOrientation => "type d'orientation",
        Ventilation.Rsa => "bénéficiaires du RSA ou non",
        Ventilation.Instance => "instance",
        _ => "institution",
    };
}
