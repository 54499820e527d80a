<#-- The bundled libraries for the About box (golive.about.Libraries): one per line, tab-separated
     name, groupId:artifactId, version, licences (joined by " | "), project URL. -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${(p.name?has_content && !p.name?contains("Unnamed"))?then(p.name, p.artifactId)}	${p.groupId}:${p.artifactId}	${p.version}	${e.getValue()?join(" | ")}	${p.url!""}
</#list>
