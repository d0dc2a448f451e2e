namespace Passerelle.Web.Platform.Securite;

/// <summary>Authentication schemes the cross-cutting checks must tell apart (a partner's key is not a person).</summary>
public static class SchemasAuthentification
{
    public const string CleApi = "CleApi";
}
