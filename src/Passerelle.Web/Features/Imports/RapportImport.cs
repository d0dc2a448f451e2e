using System.Globalization;

namespace Passerelle.Web.Features.Imports;

/// <summary>The end-of-run report, as text for the command line (the page shows the same figures).</summary>
public static class RapportImport
{
    public static string Libelle(StatutImport statut) => statut switch
    {
        StatutImport.Apercu => "En attente de lancement (aperçu)",
        StatutImport.EnAttente => "En file d'attente",
        StatutImport.EnCours => "En cours",
        StatutImport.Termine => "Terminé",
        _ => "Échoué (fichier inutilisable)",
    };

    public static string Texte(ImportFichier i) => string.Create(CultureInfo.InvariantCulture, $"""
        Import n° {i.Id} : {i.NomFichier} — {Libelle(i.Statut)}
        Dossiers créés : {i.Crees} ; mis à jour : {i.MisAJour} ; inchangés : {i.Inchanges} ; ignorés (flux plus ancien) : {i.Ignores} ; rejetés : {i.Rejetes}
        Nouveaux entrants : {i.NouveauxEntrants} ; sorties : {i.Sorties} ; retours : {i.Retours}
        """) + (i.ErreurFichier is { } erreur ? $"{Environment.NewLine}Fichier inutilisable — {erreur}" : "");
}
