using System.Globalization;
using Passerelle.Web.Platform.Securite;

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
        StatutImport.Interrompu => "Interrompu (XML mal formé ou fichier coupé en cours de lecture)",
        _ => "Échoué (fichier inutilisable)",
    };

    public static string Texte(ImportFichier i) => string.Create(CultureInfo.InvariantCulture, $"""
        Import n° {i.Id} : {i.NomFichier} — {Libelle(i.Statut)}
        Dossiers lus : {i.FoyersLus} = créés {i.Crees} + mis à jour {i.MisAJour} + inchangés {i.Inchanges} + ignorés (flux plus ancien) {i.Ignores} + rejetés {i.Rejetes} + hors département {i.HorsDepartement}
        Avertissements : {i.Avertissements} sur {i.DossiersAvertis} dossiers écrits (les dossiers inchangés gardent les leurs)
        Nouveaux entrants : {i.NouveauxEntrants} ; sorties : {i.Sorties} ; retours : {i.Retours}
        """) + (i.RepriseDeId is { } repris ? $"{Environment.NewLine}Reprise de l'import interrompu n° {repris} : {i.DejaAppliques} dossiers qu'il avait déjà appliqués reconnus inchangés, sans écriture." : "")
        + (i.ErreurFichier is { } erreur ? $"{Environment.NewLine}Fichier {(i.Statut == StatutImport.Interrompu ? "interrompu" : "inutilisable")} — {erreur}" : "")
        + (i.Statut == StatutImport.Interrompu ? $"{Environment.NewLine}Les dossiers lus avant ce point sont appliqués. Corrigez le fichier puis reprenez : import cnaf <fichier corrigé> --departement <code> --reprise-de {i.Id}" : "");
}
