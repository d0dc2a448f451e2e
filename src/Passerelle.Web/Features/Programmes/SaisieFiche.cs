using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.Programmes;

/// <summary>One indicator row of the fiche form; a row whose label is emptied is removed.</summary>
public sealed class SaisieIndicateur
{
    [Display(Name = "Libellé")] public string? Libelle { get; set; }
    [Display(Name = "Unité")] public UniteIndicateur Unite { get; set; }
    [Display(Name = "Définition")] public string? Definition { get; set; }
    [Display(Name = "Source")] public SourceIndicateur Source { get; set; }
    /// <summary>One target per line, « 2025 : 120 ».</summary>
    [Display(Name = "Cibles par année")] public string? Cibles { get; set; }
}

/// <summary>What a pilot edits on a fiche-action; lists are typed one item per line.</summary>
public sealed class SaisieFiche
{
    public int Version { get; set; }
    [Display(Name = "Pilote")] public string? Pilote { get; set; }
    [Display(Name = "Copilotes")] public string? Copilotes { get; set; }
    [Display(Name = "Partenaires")] public string? Partenaires { get; set; }
    [Display(Name = "Opérateurs")] public string? Operateurs { get; set; }
    [Display(Name = "Territoires")] public string? Territoires { get; set; }
    [Display(Name = "Contexte")] public string? Contexte { get; set; }
    [Display(Name = "Objectifs")] public string? Objectifs { get; set; }
    [Display(Name = "Public visé")] public string? Public { get; set; }
    [Display(Name = "Contenu et modalités")] public string? Contenu { get; set; }
    [Display(Name = "Calendrier")] public string? Calendrier { get; set; }
    [Display(Name = "Moyens")] public string? Moyens { get; set; }
    [Display(Name = "Livrables")] public string? Livrables { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public List<SaisieIndicateur> Indicateurs { get; set; } = [];

    public static SaisieFiche Depuis(ContenuFiche c, int version) => new()
    {
        Version = version,
        Pilote = c.Pilote,
        Copilotes = Lignes(c.Copilotes),
        Partenaires = Lignes(c.Partenaires),
        Operateurs = Lignes(c.Operateurs),
        Territoires = Lignes(c.Territoires),
        Contexte = c.Contexte,
        Objectifs = Lignes(c.Objectifs),
        Public = c.Public,
        Contenu = c.Contenu,
        Calendrier = c.Calendrier,
        Moyens = c.Moyens,
        Livrables = Lignes(c.Livrables),
        Note = c.Note,
        Indicateurs = [.. c.Indicateurs.Select(i => new SaisieIndicateur
        {
            Libelle = i.Libelle, Unite = i.Unite, Definition = i.Definition, Source = i.Source,
            Cibles = string.Join('\n', i.Cibles.Select(v => $"{v.Key} : {v.Value.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}")),
        })],
    };

    private static string Lignes(IEnumerable<string> valeurs) => string.Join('\n', valeurs);
}
