namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// A programme data file as written (docs/format-programme.md), before any check: every field optional and enums
/// as text, so that <see cref="LectureProgramme"/> can say precisely what is missing or wrong, and where.
/// </summary>
internal sealed class FichierProgramme
{
    public string? Format { get; set; }
    public string? Code { get; set; }
    public string? Departement { get; set; }
    public string? Type { get; set; }
    public string? Titre { get; set; }
    public string? Debut { get; set; }
    public string? Fin { get; set; }
    public string? Source { get; set; }
    public string? Presentation { get; set; }
    public List<PartenaireFichier>? Partenaires { get; set; }
    public List<ElementFichier>? Elements { get; set; }
}

internal sealed class PartenaireFichier
{
    public string? Nom { get; set; }
    public List<string>? Engagements { get; set; }
}

internal sealed class ElementFichier
{
    public string? Niveau { get; set; }
    public string? Code { get; set; }
    public string? Titre { get; set; }
    public string? Description { get; set; }
    public List<ElementFichier>? Enfants { get; set; }
    public FicheFichier? Fiche { get; set; }
}

internal sealed class FicheFichier
{
    public string? Pilote { get; set; }
    public List<string>? Copilotes { get; set; }
    public List<string>? Partenaires { get; set; }
    public List<string>? Operateurs { get; set; }
    public List<string>? Territoires { get; set; }
    public string? Contexte { get; set; }
    public List<string>? Objectifs { get; set; }
    public string? Public { get; set; }
    public string? Contenu { get; set; }
    public string? Calendrier { get; set; }
    public string? Moyens { get; set; }
    public List<string>? Livrables { get; set; }
    public string? Note { get; set; }
    public List<FinancementFichier>? Financements { get; set; }
    public List<IndicateurFichier>? Indicateurs { get; set; }
}

internal sealed class IndicateurFichier
{
    public string? Libelle { get; set; }
    public string? Unite { get; set; }
    public string? Definition { get; set; }
    public string? Source { get; set; }
    /// <summary>A code of the catalogue of computed indicators, or « saisie » (docs/format-programme.md).</summary>
    public string? Catalogue { get; set; }
    public Dictionary<string, decimal>? Cibles { get; set; }
    public Dictionary<string, decimal>? Reference { get; set; }
}

internal sealed class FinancementFichier
{
    public string? Financeur { get; set; }
    public string? Libelle { get; set; }
    public int? Annee { get; set; }
    public decimal? Montant { get; set; }
}
