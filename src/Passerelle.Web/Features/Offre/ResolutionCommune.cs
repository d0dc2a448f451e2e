namespace Passerelle.Web.Features.Offre;

/// <summary>A commune typed by name or INSEE code, within the département: its code, or why it cannot be used.</summary>
public static class ResolutionCommune
{
    public static (string? CodeInsee, string? Erreur) Resoudre(Communes.Communes communes, string departement, string saisie)
    {
        var texte = saisie.Trim();
        if (communes.Trouver(texte) is { } parCode)
            return parCode.Departement == departement ? (parCode.CodeInsee, null) : (null, $"La commune {texte} n'est pas dans le département.");
        var trouvees = communes.TrouverParNom(departement, texte);
        return trouvees.Count switch
        {
            1 => (trouvees[0].CodeInsee, null),
            0 => (null, $"Aucune commune « {texte} » dans le département : vérifiez l'orthographe ou saisissez son code INSEE."),
            _ => (null, $"Plusieurs communes s'appellent « {texte} » : saisissez son code INSEE ({string.Join(", ", trouvees.Select(c => c.CodeInsee))})."),
        };
    }
}
