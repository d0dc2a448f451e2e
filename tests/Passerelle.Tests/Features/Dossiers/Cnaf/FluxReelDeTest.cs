namespace Passerelle.Tests.Features.Dossiers.Cnaf;

/// <summary>
/// A Bénéficiaire flux written the way CAF files are (structure of the public carnet-de-bord fixtures, invented
/// persons): tabs, windows-1252, NIR on 13 characters, codes padded with spaces, empty elements, two
/// Prestations blocks per person, several addresses, time stamps with fractions of seconds.
/// </summary>
internal static class FluxReelDeTest
{
    public const string Entete = """
        <?xml version="1.0" encoding="windows-1252"?>
        <Racine xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="vrsb0801.xsd">
        	<IdentificationFlux>
        		<APPLIEME>CRI</APPLIEME>
        		<NUMVERSIONAPPLIEME>6200</NUMVERSIONAPPLIEME>
        		<TYPEFLUX>M</TYPEFLUX>
        		<NATFLUX>D</NATFLUX>
        		<DTCREAFLUX>2026-03-05</DTCREAFLUX>
        		<HEUCREAFLUX>01:18:36.0000</HEUCREAFLUX>
        		<DTREF>2026-02-28</DTREF>
        	</IdentificationFlux>

        """;

    public const string Fin = """
        	<TransmissionFlux>
        		<NBTOTDOSRSATRANSM>00000001</NBTOTDOSRSATRANSM>
        		<NBTOTDOSRSATRANSMANO>00000000</NBTOTDOSRSATRANSMANO>
        	</TransmissionFlux>
        </Racine>

        """;

    public static readonly DateOnly Reference = new(2026, 2, 28);

    /// <summary>One person; <paramref name="sdd"/> null leaves the MontantCalculDroitRSAPersonne block out.</summary>
    public static string Personne(string role, string nom, string prenom, string naissance, string? nir, string sexe = "2", string? sdd = "1",
        string qualite = "MME", string natureRsa = "RSA", string? rolePfa = null) => $"""
        		<Personne>
        			<Identification>
        				<QUAL>{qualite}</QUAL>
        				<NOM>{nom}</NOM>
        				<NOMNAI>{nom}</NOMNAI>
        				<PRENOM>{prenom}</PRENOM>
        				<NOMCOMNAI>ANGERS</NOMCOMNAI>
        				<DTNAI>{naissance}</DTNAI>
        				<TYPEDTNAI>N</TYPEDTNAI>
        {(nir is null ? "" : $"\t\t\t\t<NIR>{nir}</NIR>\n")}				<TOPVALIEC>1</TOPVALIEC>
        				<SEXE>{sexe}</SEXE>
        			</Identification>
        			<DossierCAF>
        				<TOPRESPDOS>0</TOPRESPDOS>
        				<DDRATDOS>2007-05-15</DDRATDOS>
        			</DossierCAF>
        			<Prestations>
        				<NATPREST>PFA</NATPREST>
        				<ROLEPERS>{rolePfa ?? role}</ROLEPERS>
        				<TOPCHAPERS>0</TOPCHAPERS>
        			</Prestations>
        			<Prestations>
        				<NATPREST>{natureRsa}</NATPREST>
        				<ROLEPERS>{role}</ROLEPERS>
        				<TOPCHAPERS>1</TOPCHAPERS>
        			</Prestations>
        {(sdd is null ? "" : $"\t\t\t<MontantCalculDroitRSAPersonne>\n\t\t\t\t<TOPPERSDRODEVORSA>{sdd}</TOPPERSDRODEVORSA>\n\t\t\t</MontantCalculDroitRSAPersonne>\n")}		</Personne>

        """;

    /// <summary>Two addresses, the former one (RGADR 02) first: the current one (01) must be kept.</summary>
    public static string Foyer(string numDemRsa, string personnes, string etat = "2", string departement = "049", string dateDemande = "2018-08-06",
        string suspension = "AB ") => $"""
        	<InfosFoyerRSA>
        		<IdentificationRSA>
        			<Organisme>
        				<FONORG>CAF</FONORG>
        				<NUMORG>491</NUMORG>
        				<MATRICULE>205599000000000</MATRICULE>
        			</Organisme>
        			<Partenaire>
        				<TYPEPARTE>CG  </TYPEPARTE>
        				<IDEPARTE>{departement}</IDEPARTE>
        			</Partenaire>
        			<DemandeRSA>
        				<DTDEMRSA>{dateDemande}</DTDEMRSA>
        				<NUMDEMRSA>{numDemRsa}</NUMDEMRSA>
        			</DemandeRSA>
        		</IdentificationRSA>
        {personnes}		<DonneesAdministratives>
        			<SituationFamille>
        				<SITFAM>CEL</SITFAM>
        				<DDSITFAM>1994-10-27</DDSITFAM>
        			</SituationFamille>
        			<Adresse>
        				<TroncCommunAdresse>
        					<RGADR>02</RGADR>
        					<PAYS>FRA</PAYS>
        					<TYPEADR>D</TYPEADR>
        					<ETATADR>CO</ETATADR>
        				</TroncCommunAdresse>
        				<AdresseDetailleeFrance>
        					<COMPLIDEADR />
        					<COMPLADR />
        					<NUMVOIE>2</NUMVOIE>
        					<LIBTYPEVOIE>RUE</LIBTYPEVOIE>
        					<NOMVOIE>DE L'ANCIEN DOMICILE</NOMVOIE>
        					<LIEUDIST />
        					<NUMCOM>49099</NUMCOM>
        					<CODEPOS>49300</CODEPOS>
        					<NOMCOM>CHOLET</NOMCOM>
        				</AdresseDetailleeFrance>
        			</Adresse>
        			<Adresse>
        				<TroncCommunAdresse>
        					<RGADR>01</RGADR>
        					<DTEMM>2025-05-26</DTEMM>
        					<PAYS>FRA</PAYS>
        					<TYPEADR>D</TYPEADR>
        					<ETATADR>CO</ETATADR>
        				</TroncCommunAdresse>
        				<AdresseDetailleeFrance>
        					<COMPLIDEADR />
        					<COMPLADR />
        					<NUMVOIE>25</NUMVOIE>
        					<LIBTYPEVOIE>RUE</LIBTYPEVOIE>
        					<NOMVOIE>DES TANNEURS</NOMVOIE>
        					<LIEUDIST />
        					<NUMCOM>49007</NUMCOM>
        					<CODEPOS>49000</CODEPOS>
        					<NOMCOM>ANGERS</NOMCOM>
        				</AdresseDetailleeFrance>
        			</Adresse>
        		</DonneesAdministratives>
        		<PrestationRSA>
        			<SituationDossierRSA>
        				<EtatDossierRSA>
        					<ETATDOSRSA>{etat}</ETATDOSRSA>
        				</EtatDossierRSA>
        				<SuspensionVersement>
        					<MOTISUSVERSRSA>{suspension}</MOTISUSVERSRSA>
        					<DDSUSVERSRSA>2025-11-01</DDSUSVERSRSA>
        				</SuspensionVersement>
        			</SituationDossierRSA>
        			<DetailDroitRSA>
        				<TroncCommunDroitRSA>
        					<TOPSANSDOMFIXE>0</TOPSANSDOMFIXE>
        					<ORIDEMRSA>DEM</ORIDEMRSA>
        					<DTORIDEMRSA>2020-11-07</DTORIDEMRSA>
        				</TroncCommunDroitRSA>
        			</DetailDroitRSA>
        		</PrestationRSA>
        	</InfosFoyerRSA>

        """;

    public static byte[] Fichier(params string[] foyers) => FluxCnafDeTest.Octets(Entete + string.Concat(foyers) + Fin);
}
