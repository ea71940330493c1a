namespace ParticleContracts;

/// <summary>Where the client puts the access token on each request.</summary>
public enum ParticleTokenPlacement
{
    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>. Works on every route and keeps the token out of URLs. The default.</summary>
    AuthorizationHeader = 0,

    /// <summary>
    /// Opt-in: an <c>access_token</c> query-string parameter. The token then appears in request URLs (and in any proxy
    /// or server log that records them); use only against servers that require it. The cloud documents the query
    /// parameter for GET only, so POST/PUT/DELETE requests fall back to the <c>Authorization</c> header.
    /// </summary>
    QueryString = 1,

    /// <summary>
    /// Opt-in: an <c>access_token</c> field in a form-encoded body on POST/PUT/DELETE (bodies are then form-encoded).
    /// GET requests, which have no body, fall back to the <c>Authorization</c> header.
    /// </summary>
    FormBody = 2,
}
