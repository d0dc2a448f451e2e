using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>What a spreadsheet column can feed: the fields of the CNAF foyer, one row per person.</summary>
public enum ChampTableur
{
    NumDemRsa, DateDemande, Organisme, NumOrg, Matricule, SituationFamille,
    NumeroVoie, TypeVoie, NomVoie, CodeInsee, CodePostal, Commune,
    Role, Civilite, Nom, NomNaissance, Prenom, DateNaissance, CommuneNaissance, Nir, Sexe, SoumisDroitsDevoirs,
    EtatDossier, MotifCloture, DateCloture, MotifsSuspension, NaturesPrestation, Montant,
    Nationalite, Telephone, Email,
}

/// <summary>
/// A target field as agents see it. <see cref="Dossier"/> fields describe the dossier and must be
/// the same on every row of a foyer; the others describe the person on that row.
/// </summary>
public sealed record DefinitionChamp(ChampTableur Champ, string Libelle, bool Obligatoire, bool Dossier, string Aide);

public static class ChampsTableur
{
    public static readonly IReadOnlyList<DefinitionChamp> Tous =
    [
        new(ChampTableur.NumDemRsa, "Numéro de demande RSA (NUMDEMRSA)", true, true, "11 caractères au plus ; les lignes d'un même dossier doivent se suivre."),
        new(ChampTableur.DateDemande, "Date de demande RSA (DTDEMRSA)", true, true, "Une date, dans l'un des formats de date de la configuration."),
        new(ChampTableur.Organisme, "Organisme (CAF ou MSA)", false, true, "CAF ou MSA ; CAF quand la colonne est vide ou absente."),
        new(ChampTableur.NumOrg, "Numéro d'organisme (NUMORG)", false, true, "3 caractères au plus."),
        new(ChampTableur.Matricule, "Matricule allocataire", true, true, "15 chiffres au plus."),
        new(ChampTableur.SituationFamille, "Situation de famille (SITFAM)", false, true, "Code de 3 caractères au plus."),
        new(ChampTableur.NumeroVoie, "Numéro de voie", false, true, ""),
        new(ChampTableur.TypeVoie, "Type de voie", false, true, ""),
        new(ChampTableur.NomVoie, "Nom de voie", false, true, ""),
        new(ChampTableur.CodeInsee, "Code INSEE de la commune", true, true, "5 caractères, par exemple 49007 ou 2A004."),
        new(ChampTableur.CodePostal, "Code postal", false, true, "5 chiffres."),
        new(ChampTableur.Commune, "Commune", false, true, ""),
        new(ChampTableur.Role, "Rôle de la personne", true, false, "DEM, CJT, ENF, AUT ou RDO."),
        new(ChampTableur.Civilite, "Civilité", false, false, "3 caractères au plus, par exemple MR ou MME."),
        new(ChampTableur.Nom, "Nom", true, false, ""),
        new(ChampTableur.NomNaissance, "Nom de naissance", false, false, ""),
        new(ChampTableur.Prenom, "Prénom", true, false, ""),
        new(ChampTableur.DateNaissance, "Date de naissance", true, false, ""),
        new(ChampTableur.CommuneNaissance, "Commune de naissance", false, false, ""),
        new(ChampTableur.Nir, "NIR", false, false, "15 caractères, clé comprise ; les espaces sont ignorés."),
        new(ChampTableur.Sexe, "Sexe", true, false, "1 (homme) ou 2 (femme)."),
        new(ChampTableur.SoumisDroitsDevoirs, "Soumis à droits et devoirs (SDD)", false, false, "Oui, Non, 1, 0, true ou false ; Non quand la cellule est vide."),
        new(ChampTableur.EtatDossier, "État du dossier RSA (ETATDOSRSA)", true, true, "Z ou 0 à 6."),
        new(ChampTableur.MotifCloture, "Motif de clôture", false, true, "3 caractères au plus, par exemple ECH."),
        new(ChampTableur.DateCloture, "Date de clôture", false, true, ""),
        new(ChampTableur.MotifsSuspension, "Motifs de suspension", false, true, "Codes séparés par des virgules, des barres verticales ou des espaces."),
        new(ChampTableur.NaturesPrestation, "Natures de prestation", false, true, "RSD, RSI, RCD ou RCI, séparées par des virgules, des barres verticales ou des espaces."),
        new(ChampTableur.Montant, "Montant du droit (euros)", false, true, "Virgule ou point décimal, par exemple 607,75."),
        new(ChampTableur.Nationalite, "Nationalité", false, false, ""),
        new(ChampTableur.Telephone, "Téléphone", false, false, ""),
        new(ChampTableur.Email, "Adresse e-mail", false, false, ""),
    ];

    private static readonly Dictionary<ChampTableur, DefinitionChamp> ParChamp = Tous.ToDictionary(d => d.Champ);

    public static DefinitionChamp Definition(ChampTableur champ) => ParChamp[champ];
}
