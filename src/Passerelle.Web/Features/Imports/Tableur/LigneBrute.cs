namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// One record of the file as text, with the physical line where it starts. <see cref="Erreur"/> is set
/// when the record itself is malformed; <see cref="Fatale"/> when nothing after it can be trusted.
/// </summary>
internal sealed record LigneBrute(int Numero, IReadOnlyList<string> Cellules, string? Erreur = null, bool Fatale = false)
{
    public bool EstVide => Erreur is null && Cellules.All(string.IsNullOrWhiteSpace);

    public string Cellule(int index) => index < Cellules.Count ? Cellules[index].Trim() : "";
}
