using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>What reading a Bénéficiaire flux yields, in file order.</summary>
public abstract record ElementFluxCnaf;

/// <summary>The unique identification block at the head of the file (type, creation and reference dates).</summary>
public sealed record IdentificationFluxCnaf(
    string Application, string Version, string TypeFlux, string NatureFlux,
    DateOnly DateCreation, TimeOnly HeureCreation, DateOnly DateReference) : ElementFluxCnaf;

/// <summary>
/// One InfosFoyerRSA (or spreadsheet block) that can be applied, with the line where it starts and the
/// anomalies found in it: each was replaced by its documented fallback (docs/imports-cnaf.md).
/// </summary>
public sealed record FoyerLu(int Ligne, FoyerCnaf Foyer) : ElementFluxCnaf
{
    public IReadOnlyList<AvertissementLu> Avertissements { get; init; } = [];
}

/// <summary>
/// An anomaly of a foyer that did not prevent applying it. <see cref="Personne"/> is the index of the
/// person it concerns in <see cref="FoyerCnaf.Personnes"/>, null when it concerns the dossier.
/// </summary>
public sealed record AvertissementLu(NatureAvertissement Nature, int Ligne, string? Champ, string? Valeur, string Message, int? Personne = null);

/// <summary>One InfosFoyerRSA that cannot be applied at all (no NUMDEMRSA, XML broken inside it); the others are unaffected.</summary>
public sealed record RejetFoyerCnaf(string? NumDemRsa, int Ligne, string? Champ, string? Valeur, string Motif) : ElementFluxCnaf;

/// <summary>
/// The file itself is unusable from this point. <see cref="Interruption"/> when complete foyers may have been
/// read before it (XML broken or cut in the middle): a corrected file can then resume the import.
/// </summary>
public sealed record ErreurFichierCnaf(int Ligne, string Motif, bool Interruption = false) : ElementFluxCnaf;

/// <param name="Droit">Its <see cref="DroitCnaf.Etat"/> is empty when the flux gave no known état: the import keeps the dossier's previous one (Z for a new dossier).</param>
public sealed record FoyerCnaf(
    OrganismeCnaf Organisme, string NumDemRsa, DateOnly DateDemande, string SituationFamille,
    AdresseCnaf? Adresse, IReadOnlyList<PersonneCnaf> Personnes, DroitCnaf Droit)
{
    /// <summary>IDEPARTE: the département the organism sends the dossier to ("049"); null in spreadsheets.</summary>
    public string? Departement { get; init; }
}

/// <summary>FONORG is CAF or MSA; NUMORG the local fund; MATRICULE the allocataire file number.</summary>
public sealed record OrganismeCnaf(string Fonction, string Numero, string Matricule);

public sealed record AdresseCnaf(string NumeroVoie, string TypeVoie, string NomVoie, string CodeInsee, string CodePostal, string Commune);

/// <summary>
/// One person of the foyer. The Bénéficiaire flux carries no contact details nor nationality;
/// spreadsheet extracts may, hence the optional trailing fields. <see cref="Nir"/> is the 15-character
/// NIR read by <see cref="Dossiers.Nir.Lire"/> (13 characters in the flux, key computed), or null.
/// </summary>
/// <param name="SddTransmis">False when the flux did not say whether the person is soumis à droits et devoirs
/// (no TOPPERSDRODEVORSA): the import then keeps what it knew of the person in this dossier.</param>
public sealed record PersonneCnaf(
    string Role, string? Civilite, string Nom, string NomNaissance, string Prenom,
    DateOnly DateNaissance, string CommuneNaissance, string? Nir, string Sexe, bool SoumisDroitsDevoirs,
    string? Nationalite = null, string? Telephone = null, string? Email = null, bool SddTransmis = true);

/// <summary>
/// Right status (etatdosrsa), closure and suspension reasons, and the kinds of RSA paid
/// (NATPF: RSD socle, RSI majoré, RCD/RCI with activity income) with the total amount when calculated.
/// </summary>
public sealed record DroitCnaf(
    string Etat, string? MotifCloture, DateOnly? DateCloture, IReadOnlyList<string> MotifsSuspension,
    IReadOnlyList<string> NaturesPrestation, decimal? MontantTotal);
