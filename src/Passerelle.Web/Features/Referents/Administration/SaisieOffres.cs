using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Referents.Administration;

public sealed class SaisieOffre
{
    public bool Accepte { get; set; }
    public int? Places { get; set; }
}

/// <summary>One line per orientation type, in <see cref="TypeOrientation"/> order.</summary>
public sealed class SaisieOffres
{
    public const int PlacesMaximum = 100_000;

    public List<SaisieOffre> Offres { get; set; } = [];

    public SaisieOffre Pour(TypeOrientation type) => (int)type < Offres.Count ? Offres[(int)type] : new SaisieOffre();

    /// <param name="charges">Open designations of the structure by type: a type still followed cannot be withdrawn.</param>
    public Dictionary<string, string> Verifier(IReadOnlyDictionary<TypeOrientation, int> charges, Func<TypeOrientation, string> nom)
    {
        var erreurs = new Dictionary<string, string>();
        foreach (var type in Enum.GetValues<TypeOrientation>())
        {
            var offre = Pour(type);
            if (offre.Places is < 0 or > PlacesMaximum)
                erreurs[$"Offres[{(int)type}].Places"] = $"Saisissez un nombre de places entre 0 et {PlacesMaximum:N0}, ou laissez vide s'il n'y a pas de limite conventionnée.";
            if (!offre.Accepte && charges.GetValueOrDefault(type) is > 0 and var n)
                erreurs[$"Offres[{(int)type}].Accepte"] = $"La structure accompagne encore {n} personne(s) en orientation {nom(type).ToLowerInvariant()} : désignez-leur un autre référent avant de retirer cette offre.";
        }
        return erreurs;
    }
}
