package org.charterdesk.scorecard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FigureCorrectionRepository extends JpaRepository<FigureCorrection, Long> {

    List<FigureCorrection> findByFigureIdOrderByMadeAtAsc(Long figureId);
}
