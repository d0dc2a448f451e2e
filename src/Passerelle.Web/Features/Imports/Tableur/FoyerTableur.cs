using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Web.Features.Imports.Tableur.ChampTableur;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// The consecutive rows that share one NUMDEMRSA. The dossier is described by its DEM row (or its
/// first row); the other rows may leave dossier cells empty but may not contradict it.
/// </summary>
internal sealed class FoyerTableur(AnalyseurLigne analyseur, string numDemRsa, ErreurLigne? dejaVu)
{
    private readonly List<LigneAnalysee> lignes = [];

    public string NumDemRsa => numDemRsa;
    public int PremiereLigne => lignes[0].Ligne;

    public void Ajouter(LigneAnalysee ligne) => lignes.Add(ligne);

    /// <summary>Row errors first, in file order, then what is wrong with the rows taken together.</summary>
    public List<ErreurLigne> Erreurs()
    {
        var erreurs = lignes.SelectMany(l => l.Erreurs).ToList();
        if (dejaVu is not null) erreurs.Insert(0, dejaVu);
        var reference = Reference();
        foreach (var ligne in lignes.Where(l => l != reference))
            foreach (var definition in ChampsTableur.Tous.Where(d => d.Dossier))
            {
                var (attendu, valeur) = (reference[definition.Champ], ligne[definition.Champ]);
                if (attendu.Length > 0 && valeur.Length > 0 && !string.Equals(attendu, valeur, StringComparison.OrdinalIgnoreCase))
                    erreurs.Add(new ErreurLigne(ligne.Ligne, definition.Champ, analyseur.Colonne(definition.Champ), valeur,
                        $"Le dossier {numDemRsa} a « {attendu} » ligne {reference.Ligne} et « {valeur} » ligne {ligne.Ligne} : les lignes d'un même dossier doivent porter les mêmes informations de dossier."));
            }
        var demandeurs = lignes.Where(l => l[Role].Equals("DEM", StringComparison.OrdinalIgnoreCase)).ToList();
        if (demandeurs.Count > 1)
            erreurs.Add(new ErreurLigne(demandeurs[1].Ligne, Role, analyseur.Colonne(Role), demandeurs[1][Role],
                $"Le dossier {numDemRsa} a deux demandeurs (rôle DEM), lignes {demandeurs[0].Ligne} et {demandeurs[1].Ligne}."));
        else if (demandeurs.Count == 0 && lignes.All(l => l[Role].Length > 0))
            erreurs.Add(new ErreurLigne(PremiereLigne, Role, analyseur.Colonne(Role), lignes[0][Role],
                $"Le dossier {numDemRsa} n'a aucune personne de rôle DEM (demandeur)."));
        return erreurs;
    }

    /// <summary>Call only when <see cref="Erreurs"/> is empty: every value has then been checked.</summary>
    public FoyerCnaf Construire()
    {
        var d = Reference();
        string Dossier(ChampTableur champ) => d[champ].Length > 0 ? d[champ] : lignes.Select(l => l[champ]).FirstOrDefault(v => v.Length > 0) ?? "";
        var organisme = Dossier(Organisme).ToUpperInvariant();
        var dateCloture = analyseur.Date(Dossier(DateCloture));
        var montant = Dossier(Montant);
        return new FoyerCnaf(
            new OrganismeCnaf(organisme.Length > 0 ? organisme : "CAF", Dossier(NumOrg), Dossier(Matricule)),
            numDemRsa, analyseur.Date(Dossier(DateDemande))!.Value, Dossier(SituationFamille),
            new AdresseCnaf(Dossier(NumeroVoie), Dossier(TypeVoie), Dossier(NomVoie), Dossier(CodeInsee).ToUpperInvariant(), Dossier(CodePostal), Dossier(Commune)),
            lignes.Select(Personne).ToList(),
            new DroitCnaf(Dossier(EtatDossier).ToUpperInvariant(), Vide(Dossier(MotifCloture).ToUpperInvariant()), dateCloture,
                ValeursTableur.Codes(Dossier(MotifsSuspension)), ValeursTableur.Codes(Dossier(NaturesPrestation)),
                montant.Length > 0 ? ValeursTableur.Montant(montant) : null));
    }

    private PersonneCnaf Personne(LigneAnalysee p) => new(
        p[Role].ToUpperInvariant(), Vide(p[Civilite]), p[Nom], p[NomNaissance], p[Prenom],
        analyseur.Date(p[DateNaissance])!.Value, p[CommuneNaissance], Vide(p[ChampTableur.Nir]) is { } nir ? Dossiers.Nir.Normaliser(nir) : null, p[Sexe],
        ValeursTableur.Booleen(p[SoumisDroitsDevoirs]) ?? false, Vide(p[Nationalite]), Vide(p[Telephone]), Vide(p[Email]));

    private LigneAnalysee Reference() => lignes.FirstOrDefault(l => l[Role].Equals("DEM", StringComparison.OrdinalIgnoreCase)) ?? lignes[0];

    private static string? Vide(string valeur) => valeur.Length == 0 ? null : valeur;
}
