using Passerelle.Web.Features.Imports.Tableur;

namespace Passerelle.Web.Features.Clauses;

/// <summary>The columns of a facilitator's hours spreadsheet, with the headers their tables usually carry.</summary>
public static class ColonnesHeures
{
    public const string Marche = "marche", Nom = "nom", Prenom = "prenom", Naissance = "naissance", Mois = "mois", Heures = "heures", Siret = "siret", Nir = "nir";

    public static readonly IReadOnlyList<ColonneAttendue> Toutes =
    [
        new(Marche, "numéro de marché", true, "marché", "n° de marché", "numéro du marché", "référence du marché"),
        new(Nom, "nom", true, "nom de famille", "nom du participant"),
        new(Prenom, "prénom", true, "prénom du participant"),
        new(Naissance, "date de naissance", true, "né le", "naissance"),
        new(Mois, "mois", true, "période", "mois (MM/AAAA)"),
        new(Heures, "heures", true, "heures réalisées", "nombre d'heures", "heures d'insertion"),
        new(Siret, "SIRET de l'employeur", false, "SIRET", "SIRET employeur", "SIRET de la SIAE"),
        new(Nir, "NIR", false, "numéro de sécurité sociale", "n° de sécurité sociale", "NIR du participant"),
    ];

    public static string Libelle(string cle) => Toutes.First(c => c.Cle == cle).Libelle;
}
