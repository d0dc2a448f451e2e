namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>What reading a Bénéficiaire flux yields, in file order.</summary>
public abstract record ElementFluxCnaf;

/// <summary>The unique identification block at the head of the file (type, creation and reference dates).</summary>
public sealed record IdentificationFluxCnaf(
    string Application, string Version, string TypeFlux, string NatureFlux,
    DateOnly DateCreation, TimeOnly HeureCreation, DateOnly DateReference) : ElementFluxCnaf;

/// <summary>One InfosFoyerRSA that passed the schema and code checks, with the line where it starts.</summary>
public sealed record FoyerLu(int Ligne, FoyerCnaf Foyer) : ElementFluxCnaf;

/// <summary>One InfosFoyerRSA rejected; the others are unaffected.</summary>
public sealed record RejetFoyerCnaf(string? NumDemRsa, int Ligne, string? Champ, string? Valeur, string Motif) : ElementFluxCnaf;

/// <summary>The file itself is unusable from this point (not XML, wrong root, truncated, bad encoding).</summary>
public sealed record ErreurFichierCnaf(int Ligne, string Motif) : ElementFluxCnaf;

public sealed record FoyerCnaf(
    OrganismeCnaf Organisme, string NumDemRsa, DateOnly DateDemande, string SituationFamille,
    AdresseCnaf? Adresse, IReadOnlyList<PersonneCnaf> Personnes, DroitCnaf Droit);

/// <summary>FONORG is CAF or MSA; NUMORG the local fund; MATRICULE the allocataire file number.</summary>
public sealed record OrganismeCnaf(string Fonction, string Numero, string Matricule);

public sealed record AdresseCnaf(string NumeroVoie, string TypeVoie, string NomVoie, string CodeInsee, string CodePostal, string Commune);

/// <summary>
/// One person of the foyer. The Bénéficiaire flux carries no contact details nor nationality;
/// spreadsheet extracts may, hence the optional trailing fields.
/// </summary>
public sealed record PersonneCnaf(
    string Role, string? Civilite, string Nom, string NomNaissance, string Prenom,
    DateOnly DateNaissance, string CommuneNaissance, string? Nir, string Sexe, bool SoumisDroitsDevoirs,
    string? Nationalite = null, string? Telephone = null, string? Email = null);

/// <summary>
/// Right status (etatdosrsa), closure and suspension reasons, and the kinds of RSA paid
/// (NATPF: RSD socle, RSI majoré, RCD/RCI with activity income) with the total amount when calculated.
/// </summary>
public sealed record DroitCnaf(
    string Etat, string? MotifCloture, DateOnly? DateCloture, IReadOnlyList<string> MotifsSuspension,
    IReadOnlyList<string> NaturesPrestation, decimal? MontantTotal);
