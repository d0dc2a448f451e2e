namespace Passerelle.Web.Features.Structures;

/// <summary>What a user enters for a structure, in the admin form or the JSON API (same fields, same rules).</summary>
public sealed class SaisieStructure
{
    public string? Nom { get; set; }
    /// <summary>A <see cref="TypeStructure"/> name, e.g. "MissionLocale".</summary>
    public string? Type { get; set; }
    public string? Siret { get; set; }
    public string? Adresse { get; set; }
    /// <summary>INSEE code or name of a commune of the département: "49007", "Angers" or "Angers (49007)".</summary>
    public string? Commune { get; set; }
    public string? Telephone { get; set; }
    public string? Email { get; set; }
    public List<int> Territoires { get; set; } = [];
}

/// <summary>A structure that passed every rule, normalised and ready to be written.</summary>
public sealed record StructureValide(
    string Nom, TypeStructure Type, string Siret, string Adresse, string CodeInsee,
    string? Telephone, string? Email, IReadOnlyList<int> Territoires)
{
    public void Appliquer(Structure structure)
    {
        structure.Nom = Nom;
        structure.Type = Type;
        structure.Siret = Siret;
        structure.Adresse = Adresse;
        structure.CodeInsee = CodeInsee;
        structure.Telephone = Telephone;
        structure.Email = Email;
        structure.Territoires.RemoveAll(t => !Territoires.Contains(t.TerritoireId));
        structure.Territoires.AddRange(Territoires
            .Where(id => structure.Territoires.All(t => t.TerritoireId != id))
            .Select(id => new StructureTerritoire { TerritoireId = id }));
    }
}
