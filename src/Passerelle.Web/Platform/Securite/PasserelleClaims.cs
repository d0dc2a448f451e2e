using System.Globalization;

namespace Passerelle.Web.Platform.Securite;

/// <summary>Claim names Passerelle puts in the sign-in cookie.</summary>
public static class PasserelleClaims
{
    public const string Departement = "passerelle:dep";
    public const string Habilitation = "passerelle:hab";
    public const string Plateforme = "passerelle:plateforme";
    public const string NomComplet = "passerelle:nom";
    public const string NomDepartement = "passerelle:depnom";
    public const string PorteeCle = "passerelle:portee";


    public static string Encoder(Role role, int? structureId, int? territoireId) =>
        string.Join('|', role, structureId?.ToString(CultureInfo.InvariantCulture), territoireId?.ToString(CultureInfo.InvariantCulture));

    public static HabilitationCourante? Decoder(string valeur)
    {
        var parts = valeur.Split('|');
        if (parts.Length != 3 || !Enum.TryParse<Role>(parts[0], out var role)) return null;
        return new HabilitationCourante(role, ParseId(parts[1]), ParseId(parts[2]));
    }

    private static int? ParseId(string s) => int.TryParse(s, CultureInfo.InvariantCulture, out var id) ? id : null;
}

public sealed record HabilitationCourante(Role Role, int? StructureId, int? TerritoireId);
