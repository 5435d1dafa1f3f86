# Builds the production jar (optimised front end, no development tools) and runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline || true
COPY processes processes
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 charterdesk
COPY --from=build /src/target/charterdesk-*.jar /app/charterdesk.jar
USER charterdesk
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/charterdesk.jar"]
