namespace Passerelle.Web.Features.Programmes;

/// <summary>One problem of a programme file: where it is (its JSON path and the element's code) and what to correct.</summary>
public sealed record ErreurProgramme(string Chemin, string Message)
{
    public override string ToString() => $"{Chemin} : {Message}";
}

/// <param name="Catalogue">The « catalogue » values its fiche's indicators name, by label, with their place in the file.</param>
public sealed record ElementLu(string Code, string? CodeParent, NiveauElement Niveau, string Titre, string? Description, int Ordre, ContenuFiche? Fiche,
    IReadOnlyDictionary<string, (string Code, string Chemin)>? Catalogue = null);

public sealed record PartenaireLu(string Nom, IReadOnlyList<string> Engagements);

/// <summary>A programme file that passed every check: its elements in document order, parents before children.</summary>
public sealed record ProgrammeLu(string Code, string Departement, TypeProgramme Type, string Titre, DateOnly Debut, DateOnly Fin, string Source,
    string? Presentation, IReadOnlyList<PartenaireLu> Partenaires, IReadOnlyList<ElementLu> Elements)
{
    /// <summary>The fiches of a level that have content of their own (not an action that only groups its sous-actions).</summary>
    public int Fiches(NiveauElement niveau) => Elements.Count(e => e.Niveau == niveau && e.Fiche is not null);

    public int Indicateurs => Elements.Sum(e => e.Fiche?.Indicateurs.Count ?? 0);
}
